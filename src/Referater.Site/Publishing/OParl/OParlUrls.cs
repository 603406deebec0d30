using System.Globalization;
using Referater.Site.Content;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing.OParl;

/// <summary>
/// Where each OParl object and list lives under <c>/oparl/v1/</c>. Every object's id is its file's absolute URL; a
/// static host serves a file, not a query, so lists are pages of their own (<c>meetings.json</c>, <c>meetings-2.json</c>).
/// </summary>
public static class OParlUrls
{
    public const string Root = "/oparl/v1/";

    public const string System = Root + "system.json";

    public const string Bodies = Root + "bodies.json";

    public const string Body = Root + "body.json";

    public const string Organizations = Root + "organizations.json";

    public const string Persons = Root + "persons.json";

    public const string Memberships = Root + "memberships.json";

    public const string Meetings = Root + "meetings.json";

    public const string AgendaItems = Root + "agenda-items.json";

    public const string Consultations = Root + "consultations.json";

    public const string Papers = Root + "papers.json";

    public const string Files = Root + "files.json";

    public const string Locations = Root + "locations.json";

    public const string LegislativeTerms = Root + "legislative-terms.json";

    public static string Organization(Committee committee) => $"{Root}organization/{committee.Slug}.json";

    public static string OrganizationMeetings(Committee committee) => $"{Root}organization/{committee.Slug}/meetings.json";

    public static string Meeting(MeetingView meeting) => $"{Root}meeting/{Key(meeting)}.json";

    public static string AgendaItem(MeetingView meeting, AgendaItemView item) => $"{Root}agenda-item/{Key(meeting)}/{Number(item)}.json";

    public static string Consultation(MeetingView meeting, AgendaItemView item) => $"{Root}consultation/{Key(meeting)}/{Number(item)}.json";

    public static string Paper(CaseNumber number) => $"{Root}paper/{number.Slug}.json";

    /// <summary>A meeting's page as a file: its agenda, or its minutes.</summary>
    public static string MeetingDocument(MeetingView meeting) => $"{Root}file/{Key(meeting)}.json";

    /// <summary>An attachment, by its address on the site (<c>/udvalg/dato/bilag.pdf</c>), already escaped.</summary>
    public static string Attachment(string attachmentUrl) => $"{Root}file/{attachmentUrl.Trim('/')}.json";

    public static string Location(string slug) => $"{Root}location/{slug}.json";

    public static string LegislativeTerm(int firstYear, int lastYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}legislative-term/{firstYear}-{lastYear}.json");

    /// <summary>Page <paramref name="page"/> of the list at <paramref name="list"/>: the first is the list's own address.</summary>
    public static string Page(string list, int page) =>
        page == 1 ? list : string.Create(CultureInfo.InvariantCulture, $"{list[..^".json".Length]}-{page}.json");

    /// <summary>The output file of an address: the address unescaped, without its leading '/'.</summary>
    public static string FileOf(string url) => Uri.UnescapeDataString(url.TrimStart('/'));

    private static string Key(MeetingView meeting) => $"{meeting.Committee.Slug}/{meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static string Number(AgendaItemView item) => item.Number.ToString(CultureInfo.InvariantCulture);
}
