using System.Globalization;

namespace Referater.Site.Rendering;

/// <summary>
/// When a meeting starts, as an instant. Meetings are held in Denmark, so a date and a wall-clock time from the
/// front matter mean Europe/Copenhagen time; feeds, calendars and data need the offset spelled out.
/// </summary>
public static class MeetingTime
{
    public const string TimeZoneId = "Europe/Copenhagen";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The start of the meeting; a meeting without a time starts at midnight of its day.</summary>
    public static DateTimeOffset Start(DateOnly date, TimeOnly? time)
    {
        var local = date.ToDateTime(time ?? TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static DateTimeOffset Start(MeetingView meeting) => Start(meeting.Date, meeting.Time);

    /// <summary>
    /// The end of a meeting with a start time: its <c>sluttid</c>, else its start plus site.yml's <c>mødevarighed</c>,
    /// as Copenhagen wall-clock time (a meeting that crosses a change of summer time keeps its written hours).
    /// </summary>
    public static DateTime End(MeetingView meeting, Content.SiteConfig config)
    {
        var start = meeting.Date.ToDateTime(meeting.Time ?? TimeOnly.MinValue, DateTimeKind.Unspecified);
        return meeting.EndTime is { } end ? meeting.Date.ToDateTime(end, DateTimeKind.Unspecified) : start + config.MeetingDuration;
    }

    /// <summary>RFC 3339 with the offset (<c>2026-02-17T13:30:00+01:00</c>).</summary>
    public static string Rfc3339(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH':'mm':'sszzz", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 as schema.org and the data files give it: the instant with its offset, or only the date when no time is known.</summary>
    public static string Iso(MeetingView meeting) => Iso(meeting.Date, meeting.Time);

    public static string Iso(DateOnly date, TimeOnly? time) =>
        time is null ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Rfc3339(Start(date, time));
}
