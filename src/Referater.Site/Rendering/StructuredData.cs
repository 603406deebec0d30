using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Referater.Site.Content;
using Referater.Site.Linking;

namespace Referater.Site.Rendering;

/// <summary>
/// schema.org JSON-LD for the pages, so that search engines and other tools read a meeting as an Event.
/// The JSON goes into a &lt;script&gt; element: '&lt;', '&gt;' and '&amp;' are escaped so that no text from the
/// content can close it (<c>&lt;/script&gt;</c>), while Danish letters and the rest stay as they are.
/// </summary>
public static class StructuredData
{
    private const string Schema = "https://schema.org";

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A meeting: an Event with its punkter as sub-events.</summary>
    public static string ForMeeting(MeetingView meeting, SiteConfig config)
    {
        var json = Event(meeting.Title, config.AbsoluteUrl(meeting.Url), MeetingTime.Iso(meeting), meeting.Place, meeting.Address, config);
        json.Insert(0, "@context", Schema);
        json["organizer"] = Organizer(config);
        json["subEvent"] = new JsonArray([.. meeting.Items.Select(item => (JsonNode)Treatment(meeting, item, config))]);
        return ForHtml(json);
    }

    /// <summary>A case: a list of its treatments, oldest first, each an Event at the meeting that treated it.</summary>
    public static string ForCase(CaseHistory history, SiteConfig config)
    {
        var items = history.Treatments.Select((t, index) => (JsonNode)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = index + 1,
            ["item"] = TreatmentAt(t, config),
        });
        var json = new JsonObject
        {
            ["@context"] = Schema,
            ["@type"] = "ItemList",
            ["name"] = $"Sag {history.Number}: {history.Latest.Title}",
            ["identifier"] = history.Number.Value,
            ["url"] = config.AbsoluteUrl(history.Number.Url),
            ["itemListOrder"] = "https://schema.org/ItemListOrderAscending",
            ["itemListElement"] = new JsonArray([.. items]),
        };
        json["numberOfItems"] = json["itemListElement"]!.AsArray().Count;
        return ForHtml(json);
    }

    /// <summary>
    /// Outside strings JSON has no '&lt;', '&gt;' or '&amp;', so escaping them everywhere changes no value and leaves
    /// nothing an HTML parser could read as the end of the script.
    /// </summary>
    private static string ForHtml(JsonObject json) => json.ToJsonString(Options)
        .Replace("<", "\\u003C", StringComparison.Ordinal)
        .Replace(">", "\\u003E", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal);

    /// <summary>A treatment seen from its case: it says which meeting it was part of.</summary>
    private static JsonObject TreatmentAt(Treatment treatment, SiteConfig config)
    {
        var json = Event(treatment.Heading, config.AbsoluteUrl(treatment.Url), MeetingTime.Iso(treatment.Date, treatment.Time), treatment.Place, treatment.Address, config);
        json["identifier"] = treatment.CaseNumber.Value;
        Describe(json, treatment.FullDecision);
        json["superEvent"] = new JsonObject
        {
            ["@type"] = "Event",
            ["name"] = treatment.MeetingTitle,
            ["url"] = config.AbsoluteUrl(treatment.MeetingUrl),
        };
        json["organizer"] = Organizer(config);
        return json;
    }

    private static JsonObject Treatment(MeetingView meeting, AgendaItemView item, SiteConfig config)
    {
        var json = Event(item.Heading, config.AbsoluteUrl(item.Url), MeetingTime.Iso(meeting), meeting.Place, meeting.Address, config);
        if (item.CaseNumber is { } caseNumber)
        {
            json["identifier"] = caseNumber.Value;
        }
        Describe(json, item.Decision);
        return json;
    }

    private static void Describe(JsonObject json, SectionView? decision)
    {
        if (decision is not null)
        {
            json["description"] = $"{decision.Heading}: {decision.Text}";
        }
    }

    private static JsonObject Event(string name, string url, string startDate, string? place, string? address, SiteConfig config)
    {
        var json = new JsonObject
        {
            ["@type"] = "Event",
            ["name"] = name,
            ["url"] = url,
            ["startDate"] = startDate,
            ["inLanguage"] = "da",
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
        };
        json["location"] = new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = place is not null ? $"{place}, {config.Municipality}" : config.Municipality,
        };
        if (address is not null)
        {
            json["location"]!["address"] = address;
        }
        return json;
    }

    private static JsonObject Organizer(SiteConfig config) => new()
    {
        ["@type"] = "GovernmentOrganization",
        ["name"] = config.Municipality,
        ["url"] = config.AbsoluteUrl("/"),
    };
}
