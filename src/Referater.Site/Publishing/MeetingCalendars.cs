using System.Globalization;
using Referater.Site.Content;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>
/// <c>/&lt;udvalg&gt;/moeder.ics</c>: every meeting of the committee as a calendar to subscribe to, agendas of
/// coming meetings included. Times are Copenhagen wall-clock times with the zone's rules written in.
/// </summary>
public sealed class MeetingCalendars : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context) =>
        context.Config.Committees.Select(committee =>
        {
            var meetings = context.Meetings.Where(m => m.Committee.Slug == committee.Slug).OrderBy(MeetingTime.Start).ToList();
            return new FileOutput(FollowUrls.CommitteeCalendar(committee).TrimStart('/'), () => Calendar(committee, meetings, context.Config).ToBytes())
            {
                // A calendar shows each meeting's summary and nothing of its cases.
                Inputs = context.Digests is { } digests
                    ? (context.Config, committee, meetings.Select(meeting => digests.Summaries[meeting.Url]).ToList())
                    : (context.Config, committee, meetings),
            };
        });

    private static ICalendar Calendar(Committee committee, IEnumerable<MeetingView> meetings, SiteConfig config)
    {
        var calendar = new ICalendar()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Text("PRODID", $"-//{config.Municipality}//Referater.Site//DA")
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", "PUBLISH")
            .Text("NAME", $"{committee.Name} · {config.Municipality}")
            .Text("X-WR-CALNAME", $"{committee.Name} · {config.Municipality}")
            .Line("X-WR-TIMEZONE", MeetingTime.TimeZoneId)
            .Line("URL;VALUE=URI", config.AbsoluteUrl(committee.Url))
            .Line("REFRESH-INTERVAL;VALUE=DURATION", "P1D")
            .Line("X-PUBLISHED-TTL", "P1D");
        WriteTimeZone(calendar);
        foreach (var meeting in meetings)
        {
            WriteEvent(calendar, meeting, config);
        }
        return calendar.Line("END", "VCALENDAR");
    }

    private static void WriteEvent(ICalendar calendar, MeetingView meeting, SiteConfig config)
    {
        var start = MeetingTime.Start(meeting);
        calendar.Line("BEGIN", "VEVENT")
            .Line("UID", FeedIds.CalendarEvent(meeting, config))
            // DTSTAMP is required; the build time would make every build differ, so the meeting's own time serves.
            .Line("DTSTAMP", start.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        if (meeting.Time is null)
        {
            // A whole day: the end is the next day, exclusive (RFC 5545 §3.6.1).
            calendar.Line("DTSTART;VALUE=DATE", meeting.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture))
                .Line("DTEND;VALUE=DATE", meeting.Date.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        }
        else
        {
            calendar.Line($"DTSTART;TZID={MeetingTime.TimeZoneId}", start.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture))
                .Line($"DTEND;TZID={MeetingTime.TimeZoneId}", MeetingTime.End(meeting, config).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));
        }
        calendar.Text("SUMMARY", $"Møde i {meeting.Committee.Name}");
        if (meeting.PlaceWithAddress is { } place)
        {
            calendar.Text("LOCATION", place);
        }
        calendar.Text("DESCRIPTION", $"{MeetingSummary.Text(meeting)}\n\n{config.AbsoluteUrl(meeting.Url)}")
            .Line("URL;VALUE=URI", config.AbsoluteUrl(meeting.Url))
            .Line("STATUS", "CONFIRMED")
            .Line("TRANSP", "OPAQUE")
            .Line("END", "VEVENT");
    }

    /// <summary>Central European Time as Denmark keeps it (EU rules): summer time from the last Sunday of March to the last Sunday of October.</summary>
    private static void WriteTimeZone(ICalendar calendar) => calendar
        .Line("BEGIN", "VTIMEZONE")
        .Line("TZID", MeetingTime.TimeZoneId)
        .Line("X-LIC-LOCATION", MeetingTime.TimeZoneId)
        .Line("BEGIN", "DAYLIGHT")
        .Line("TZOFFSETFROM", "+0100")
        .Line("TZOFFSETTO", "+0200")
        .Line("TZNAME", "CEST")
        .Line("DTSTART", "19700329T020000")
        .Line("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        .Line("END", "DAYLIGHT")
        .Line("BEGIN", "STANDARD")
        .Line("TZOFFSETFROM", "+0200")
        .Line("TZOFFSETTO", "+0100")
        .Line("TZNAME", "CET")
        .Line("DTSTART", "19701025T030000")
        .Line("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        .Line("END", "STANDARD")
        .Line("END", "VTIMEZONE");
}
