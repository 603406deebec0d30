using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary><c>/sager/&lt;sagsnummer&gt;/feed.xml</c>: "follow this case", one entry per treatment, newest first.</summary>
public sealed class CaseFeeds : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        var config = context.Config;
        foreach (var history in context.Cases.Cases)
        {
            var feedUrl = FollowUrls.CaseFeed(history.Number);
            var entries = context.TreatmentsOf(history).Reverse().Select(t => new AtomEntry(
                FeedIds.Treatment(t.Meeting, t.Item, config),
                $"{t.Meeting.Committee.Name} {DanishText.MediumDate(t.Meeting.Date)}, {t.Item.Heading}",
                config.AbsoluteUrl(t.Item.Url),
                MeetingTime.Start(t.Meeting),
                MeetingSummary.TreatmentText(t.Meeting, t.Item),
                MeetingSummary.TreatmentHtml(t.Meeting, t.Item, config)));
            yield return AtomFeed.File(config, feedUrl, history.Number.Url, $"Sag {history.Number}: {history.Latest.Title}",
                $"Hver behandling af sag {history.Number} i {config.Municipality}s udvalg.", entries);
        }
    }
}
