using System.Globalization;
using Referater.Site.Content;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>
/// Identities that stay put (tag: URIs, RFC 4151): the site's host, the meeting's date, and what is meant. A
/// referat gets a new id beside its dagsorden, so a feed reader shows that the minutes have come.
/// </summary>
public static class FeedIds
{
    public static string Meeting(MeetingView meeting, SiteConfig config) =>
        $"{Prefix(meeting, config)}:{meeting.Committee.Slug}/{Kind(meeting)}";

    public static string Treatment(MeetingView meeting, AgendaItemView item, SiteConfig config) =>
        $"{Prefix(meeting, config)}:{meeting.Committee.Slug}/{Kind(meeting)}/{item.Anchor}";

    /// <summary>A calendar event is the meeting itself, whether its agenda or its minutes are out.</summary>
    public static string CalendarEvent(MeetingView meeting, SiteConfig config) =>
        $"{meeting.Committee.Slug}-{meeting.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}@{config.BaseUrl.Host}";

    private static string Prefix(MeetingView meeting, SiteConfig config) =>
        $"tag:{config.BaseUrl.Host},{meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The word the front matter's <c>type</c> uses: <c>referat</c> or <c>dagsorden</c>.</summary>
    public static string Kind(MeetingView meeting) => meeting.Kind.ToString().ToLowerInvariant();
}
