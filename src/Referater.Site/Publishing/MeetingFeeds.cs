using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary><c>/feed.xml</c> (every meeting) and <c>/&lt;udvalg&gt;/feed.xml</c> (one committee's): one entry per meeting, newest first.</summary>
public sealed class MeetingFeeds : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        var config = context.Config;
        yield return Feed(context, FollowUrls.SiteFeed, "/", $"Dagsordener og referater · {config.Municipality}",
            $"Alle dagsordener og referater fra {config.Municipality}s udvalg.", context.Meetings);
        foreach (var committee in config.Committees)
        {
            yield return Feed(context, FollowUrls.CommitteeFeed(committee), committee.Url, $"{committee.Name} · {config.Municipality}",
                $"Dagsordener og referater fra {committee.Name}.", context.Meetings.Where(m => m.Committee.Slug == committee.Slug));
        }
    }

    private static FileOutput Feed(BuildContext context, string feedUrl, string pageUrl, string title, string subtitle, IEnumerable<MeetingView> meetings)
    {
        var config = context.Config;
        var listed = meetings
            .OrderByDescending(MeetingTime.Start)
            .ThenBy(m => m.Committee.Name, DanishText.Comparer)
            .ToList();
        var entries = listed.Select(m => new AtomEntry(
                FeedIds.Meeting(m, config),
                m.Title,
                config.AbsoluteUrl(m.Url),
                MeetingTime.Start(m),
                MeetingSummary.Text(m),
                MeetingSummary.ContentHtml(m, config)));
        // An entry shows its meeting's summary and nothing of its cases.
        object madeFrom = context.Digests is { } digests ? listed.Select(m => digests.Summaries[m.Url]).ToList() : listed;
        return AtomFeed.File(config, feedUrl, pageUrl, title, subtitle, entries, madeFrom);
    }
}
