using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary><c>/feed.xml</c> (every meeting) and <c>/&lt;udvalg&gt;/feed.xml</c> (one committee's): one entry per meeting, newest first.</summary>
public sealed class MeetingFeeds : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        var config = context.Config;
        return Files(context, FollowUrls.SiteFeed, "/", $"Dagsordener og referater · {config.Municipality}",
                $"Alle dagsordener og referater fra {config.Municipality}s udvalg.", context.Meetings)
            .Concat(config.Committees.SelectMany(committee => Files(context, FollowUrls.CommitteeFeed(committee), committee.Url,
                $"{committee.Name} · {config.Municipality}", $"Dagsordener og referater fra {committee.Name}.",
                context.Meetings.Where(m => m.Committee.Slug == committee.Slug))));
    }

    private static IEnumerable<FileOutput> Files(BuildContext context, string feedUrl, string pageUrl, string title, string subtitle, IEnumerable<MeetingView> meetings)
    {
        var config = context.Config;
        var items = meetings
            .OrderByDescending(MeetingTime.Start)
            .ThenBy(m => m.Committee.Name, DanishText.Comparer)
            // An entry shows its meeting's summary and nothing of its cases.
            .Select(m => new FeedItem(m.Date.Year, context.Digests?.Summaries[m.Url] ?? (object)m, () => new AtomEntry(
                FeedIds.Meeting(m, config),
                m.Title,
                config.AbsoluteUrl(m.Url),
                MeetingTime.Start(m),
                MeetingSummary.Text(m),
                MeetingSummary.ContentHtml(m, config))))
            .ToList();
        return AtomFeed.Files(config, feedUrl, pageUrl, title, subtitle, items);
    }
}
