using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Referater.Site.Content;

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
        var json = Event(meeting, meeting.Title, config.AbsoluteUrl(meeting.Url), config);
        json.Insert(0, "@context", Schema);
        json["organizer"] = Organizer(config);
        json["subEvent"] = new JsonArray([.. meeting.Items.Select(item => (JsonNode)Treatment(meeting, item, config))]);
        return ForHtml(json);
    }

    /// <summary>
    /// A case: a list of its treatments, oldest first, each an Event at the meeting that treated it.
    /// For the case pages, with the treatments their case index gives.
    /// </summary>
    public static string ForCase(CaseNumber caseNumber, string title, IEnumerable<(MeetingView Meeting, AgendaItemView Item)> treatments, SiteConfig config)
    {
        var items = treatments.Select((t, index) => (JsonNode)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = index + 1,
            ["item"] = TreatmentAt(t.Meeting, t.Item, config),
        });
        var json = new JsonObject
        {
            ["@context"] = Schema,
            ["@type"] = "ItemList",
            ["name"] = $"Sag {caseNumber}: {title}",
            ["identifier"] = caseNumber.Value,
            ["url"] = config.AbsoluteUrl(caseNumber.Url),
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
    private static JsonObject TreatmentAt(MeetingView meeting, AgendaItemView item, SiteConfig config)
    {
        var json = Treatment(meeting, item, config);
        json["superEvent"] = new JsonObject
        {
            ["@type"] = "Event",
            ["name"] = meeting.Title,
            ["url"] = config.AbsoluteUrl(meeting.Url),
        };
        json["organizer"] = Organizer(config);
        return json;
    }

    private static JsonObject Treatment(MeetingView meeting, AgendaItemView item, SiteConfig config)
    {
        var json = Event(meeting, item.Heading, config.AbsoluteUrl(item.Url), config);
        if (item.CaseNumber is { } caseNumber)
        {
            json["identifier"] = caseNumber.Value;
        }
        if (item.Decision is { } decision)
        {
            json["description"] = $"{decision.Heading}: {decision.Text}";
        }
        return json;
    }

    private static JsonObject Event(MeetingView meeting, string name, string url, SiteConfig config)
    {
        var json = new JsonObject
        {
            ["@type"] = "Event",
            ["name"] = name,
            ["url"] = url,
            ["startDate"] = MeetingTime.Iso(meeting),
            ["inLanguage"] = "da",
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
        };
        json["location"] = new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = meeting.Place is { } place ? $"{place}, {config.Municipality}" : config.Municipality,
        };
        if (meeting.Address is { } address)
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
