using Referater.Site.Content;

namespace Referater.Site.Rendering;

/// <summary>Where the files that let readers follow and reuse the site live: pages link to them, publishing writes them.</summary>
public static class FollowUrls
{
    public const string SiteFeed = "/feed.xml";

    public const string AllMeetingsData = "/data/moeder.json";

    public const string AgendaItemsTable = "/data/punkter.csv";

    public const string AllCasesData = "/data/sager.json";

    public const string Sitemap = "/sitemap.xml";

    public static string CommitteeFeed(Committee committee) => committee.Url + "feed.xml";

    public static string CommitteeCalendar(Committee committee) => committee.Url + "moeder.ics";

    public static string CaseFeed(CaseNumber caseNumber) => caseNumber.Url + "feed.xml";

    /// <summary>Every treatment of the cases of one KLE main group (<c>/sager/emne/15/feed.xml</c>).</summary>
    public static string SubjectFeed(string mainGroup) => $"/sager/emne/{mainGroup}/feed.xml";

    public static string MeetingData(MeetingView meeting) => meeting.Url + "index.json";
}

/// <summary>A file a page offers to follow or download: what the link says, where it points, and its media type.</summary>
public sealed record FollowLink(string Text, string Url, string MediaType)
{
    public const string Atom = "application/atom+xml";
    public const string Calendar = "text/calendar";
    public const string Json = "application/json";
    public const string Csv = "text/csv";

    public bool IsFeed => MediaType == Atom;

    /// <summary>The format in a word ("feed", "CSV"), shown after the link as secondary text for those who know formats.</summary>
    public string? Format { get; init; }
}
