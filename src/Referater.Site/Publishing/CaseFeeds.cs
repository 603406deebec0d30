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
            var treatments = context.TreatmentsOf(history);
            var feed = AtomFeed.Files(config, feedUrl, history.Number.Url, $"Sag {history.Number}: {history.Latest.Title}",
                $"Hver behandling af sag {history.Number} i {config.Municipality}s udvalg.", [.. treatments.Reverse().Select(t => FeedItemOf(t.Meeting, t.Item, context))]);
            foreach (var file in feed)
            {
                yield return file;
            }
        }
    }

    /// <summary>One treatment of a case as a feed's entry, made from its meeting's summary (the case index joins treatments from nothing else).</summary>
    public static FeedItem FeedItemOf(MeetingView meeting, AgendaItemView item, BuildContext context) =>
        new(meeting.Date.Year, context.Digests is { } digests ? (digests.Summaries[meeting.Url], item.Number) : (meeting, item), () => Entry(meeting, item, context));

    /// <summary>One treatment of a case: a punkt at a meeting, with its decision.</summary>
    public static AtomEntry Entry(MeetingView meeting, AgendaItemView item, BuildContext context) => new(
        FeedIds.Treatment(meeting, item, context.Config),
        $"{meeting.Committee.Name} {DanishText.MediumDate(meeting.Date)}, {item.Heading}",
        context.Config.AbsoluteUrl(item.Url),
        MeetingTime.Start(meeting),
        MeetingSummary.TreatmentText(meeting, item),
        MeetingSummary.TreatmentHtml(meeting, item, context.Config));
}
