using System.Globalization;
using System.Text.Json;

namespace Referater.Site.Tests.OParl;

/// <summary>
/// The object types of OParl 1.1 as the specification's schema chapter defines them: every property with its kind and,
/// for references, the type it refers to; which properties are required. Written from the specification's text (no
/// npm or NuGet package ships its JSON schemas), and checked the way a schema validator would, plus what a schema
/// cannot say: that a reference leads to an object of the right type.
/// </summary>
public static class OParlSpecification
{
    public const string Namespace = "https://schema.oparl.org/1.1/";

    public enum Kind
    {
        String,
        Url,
        DateTime,
        Date,
        Boolean,
        Integer,
        StringArray,
        UrlArray,

        /// <summary>The URL of an external object list (pages of <c>{data, pagination, links}</c>).</summary>
        List,

        /// <summary>An object given in place.</summary>
        Object,

        ObjectArray,

        /// <summary>A JSON object of another standard (GeoJSON).</summary>
        Json,
    }

    /// <param name="Refers">For URLs, lists and embedded objects: the OParl type they lead to.</param>
    public sealed record Property(string Name, Kind Kind, string? Refers = null, bool Required = false);

    private static Property P(string name, Kind kind = Kind.String, string? refers = null, bool required = false) => new(name, kind, refers, required);

    /// <summary>
    /// Properties every object has. OParl 1.1 makes <c>created</c> and <c>modified</c> required of all objects (so that
    /// a client can synchronise any list), besides <c>id</c> and <c>type</c>.
    /// </summary>
    private static readonly Property[] Common =
    [
        P("id", Kind.Url, required: true), P("type", required: true), P("license", Kind.Url), P("keyword", Kind.StringArray),
        P("created", Kind.DateTime, required: true), P("modified", Kind.DateTime, required: true), P("web", Kind.Url), P("deleted", Kind.Boolean),
    ];

    public static readonly IReadOnlyDictionary<string, Property[]> Types = new Dictionary<string, Property[]>
    {
        ["System"] =
        [
            P("oparlVersion", required: true), P("otherOparlVersions", Kind.UrlArray, "System"), P("body", Kind.List, "Body", required: true),
            P("name"), P("contactEmail"), P("contactName"), P("website", Kind.Url), P("vendor", Kind.Url), P("product", Kind.Url),
        ],
        ["Body"] =
        [
            P("system", Kind.Url, "System"), P("shortName"), P("name", required: true), P("website", Kind.Url),
            P("licenseValidSince", Kind.DateTime), P("oparlSince", Kind.DateTime), P("ags"), P("rgs"), P("equivalent", Kind.UrlArray),
            P("contactEmail"), P("contactName"),
            P("organization", Kind.List, "Organization", required: true), P("person", Kind.List, "Person", required: true),
            P("meeting", Kind.List, "Meeting", required: true), P("paper", Kind.List, "Paper", required: true),
            P("legislativeTerm", Kind.ObjectArray, "LegislativeTerm", required: true),
            P("agendaItem", Kind.List, "AgendaItem"), P("consultation", Kind.List, "Consultation"), P("file", Kind.List, "File"),
            P("locationList", Kind.List, "Location"), P("legislativeTermList", Kind.List, "LegislativeTerm"), P("membership", Kind.List, "Membership"),
            P("classification"), P("location", Kind.Object, "Location"), P("mainOrganization", Kind.Url, "Organization"),
        ],
        ["LegislativeTerm"] = [P("body", Kind.Url, "Body"), P("name"), P("startDate", Kind.Date), P("endDate", Kind.Date)],
        ["Organization"] =
        [
            P("body", Kind.Url, "Body"), P("name"), P("membership", Kind.UrlArray, "Membership"), P("meeting", Kind.List, "Meeting"),
            P("consultation", Kind.List, "Consultation"), P("shortName"), P("post", Kind.StringArray), P("subOrganizationOf", Kind.Url, "Organization"),
            P("organizationType"), P("classification"), P("startDate", Kind.Date), P("endDate", Kind.Date), P("website", Kind.Url),
            P("location", Kind.Object, "Location"), P("externalBody", Kind.Url, "Body"),
        ],
        ["Person"] =
        [
            P("body", Kind.Url, "Body"), P("name"), P("familyName"), P("givenName"), P("formOfAddress"), P("affix"), P("title", Kind.StringArray),
            P("gender"), P("phone", Kind.StringArray), P("email", Kind.StringArray), P("location", Kind.Url, "Location"),
            P("locationObject", Kind.Object, "Location"), P("status", Kind.StringArray), P("membership", Kind.ObjectArray, "Membership"),
            P("image", Kind.Object, "File"), P("life"), P("lifeSource"),
        ],
        ["Membership"] =
        [
            P("person", Kind.Url, "Person"), P("organization", Kind.Url, "Organization"), P("role"), P("votingRight", Kind.Boolean),
            P("startDate", Kind.Date), P("endDate", Kind.Date), P("onBehalfOf", Kind.Url, "Organization"),
        ],
        ["Meeting"] =
        [
            P("name"), P("meetingState"), P("cancelled", Kind.Boolean), P("start", Kind.DateTime), P("end", Kind.DateTime),
            P("location", Kind.Object, "Location"), P("organization", Kind.UrlArray, "Organization"), P("participant", Kind.UrlArray, "Person"),
            P("invitation", Kind.Object, "File"), P("resultsProtocol", Kind.Object, "File"), P("verbatimProtocol", Kind.Object, "File"),
            P("auxiliaryFile", Kind.ObjectArray, "File"), P("agendaItem", Kind.ObjectArray, "AgendaItem"),
        ],
        ["AgendaItem"] =
        [
            P("meeting", Kind.Url, "Meeting"), P("number"), P("order", Kind.Integer, required: true), P("name"), P("public", Kind.Boolean),
            P("consultation", Kind.Url, "Consultation"), P("result"), P("resolutionText"), P("resolutionFile", Kind.Object, "File"),
            P("auxiliaryFile", Kind.ObjectArray, "File"), P("start", Kind.DateTime), P("end", Kind.DateTime),
        ],
        ["Paper"] =
        [
            P("body", Kind.Url, "Body"), P("name"), P("reference"), P("date", Kind.Date), P("paperType"),
            P("relatedPaper", Kind.UrlArray, "Paper"), P("superordinatedPaper", Kind.UrlArray, "Paper"), P("subordinatedPaper", Kind.UrlArray, "Paper"),
            P("mainFile", Kind.Object, "File"), P("auxiliaryFile", Kind.ObjectArray, "File"), P("location", Kind.ObjectArray, "Location"),
            P("originatorPerson", Kind.UrlArray, "Person"), P("underDirectionOf", Kind.UrlArray, "Organization"),
            P("originatorOrganization", Kind.UrlArray, "Organization"), P("consultation", Kind.ObjectArray, "Consultation"),
        ],
        ["Consultation"] =
        [
            P("paper", Kind.Url, "Paper"), P("agendaItem", Kind.Url, "AgendaItem"), P("meeting", Kind.Url, "Meeting"),
            P("organization", Kind.UrlArray, "Organization"), P("authoritative", Kind.Boolean), P("role"),
        ],
        ["File"] =
        [
            P("name"), P("fileName"), P("mimeType"), P("date", Kind.Date), P("size", Kind.Integer), P("sha1Checksum"), P("sha512Checksum"),
            P("text"), P("accessUrl", Kind.Url, required: true), P("downloadUrl", Kind.Url), P("externalServiceUrl", Kind.Url),
            P("masterFile", Kind.Url, "File"), P("derivativeFile", Kind.UrlArray, "File"), P("fileLicense", Kind.Url),
            P("meeting", Kind.UrlArray, "Meeting"), P("agendaItem", Kind.UrlArray, "AgendaItem"), P("person", Kind.Url, "Person"),
            P("paper", Kind.UrlArray, "Paper"),
        ],
        ["Location"] =
        [
            P("description"), P("geojson", Kind.Json), P("streetAddress"), P("room"), P("postalCode"), P("subLocality"), P("locality"),
            P("bodies", Kind.UrlArray, "Body"), P("organizations", Kind.UrlArray, "Organization"), P("persons", Kind.UrlArray, "Person"),
            P("meetings", Kind.UrlArray, "Meeting"), P("papers", Kind.UrlArray, "Paper"),
        ],
    };

    /// <summary>A reference found in an object: a URL that must lead to an object (or a list of objects) of a type.</summary>
    public sealed record Reference(string Path, string Url, string Type, bool IsList);

    /// <summary>What is wrong with an object of the given type (nothing: it is valid), and the references it makes.</summary>
    public static (List<string> Problems, List<Reference> References, List<JsonElement> Embedded) Check(JsonElement value, string type, string path)
    {
        var problems = new List<string>();
        var references = new List<Reference>();
        var embedded = new List<JsonElement>();
        CheckObject(value, type, path, problems, references, embedded);
        return (problems, references, embedded);
    }

    private static void CheckObject(JsonElement value, string type, string path, List<string> problems, List<Reference> references, List<JsonElement> embedded)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: an object of type {type} expected, found {value.ValueKind}");
            return;
        }
        var properties = Common.Concat(Types[type]).ToDictionary(p => p.Name, StringComparer.Ordinal);
        if (value.TryGetProperty("type", out var declared) && declared.ValueKind == JsonValueKind.String && declared.GetString() != Namespace + type)
        {
            problems.Add($"{path}.type: '{Namespace}{type}' expected, found '{declared.GetString()}'");
        }
        foreach (var required in properties.Values.Where(p => p.Required && !value.TryGetProperty(p.Name, out _)))
        {
            problems.Add($"{path}.{required.Name}: required by OParl 1.1, missing");
        }
        foreach (var property in value.EnumerateObject())
        {
            var where = $"{path}.{property.Name}";
            if (!properties.TryGetValue(property.Name, out var rule))
            {
                // A vendor's own properties carry a prefix ("vendor:name"); anything else is not OParl.
                if (!property.Name.Contains(':', StringComparison.Ordinal))
                {
                    problems.Add($"{where}: not a property of {type}");
                }
                continue;
            }
            CheckValue(property.Value, rule, where, problems, references, embedded);
        }
    }

    private static void CheckValue(JsonElement value, Property rule, string where, List<string> problems, List<Reference> references, List<JsonElement> embedded)
    {
        switch (rule.Kind)
        {
            case Kind.String when value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0:
                problems.Add($"{where}: a non-empty string expected");
                break;
            case Kind.Url or Kind.List:
                if (!IsUrl(value))
                {
                    problems.Add($"{where}: a URL expected");
                }
                else if (rule.Refers is { } refers)
                {
                    references.Add(new Reference(where, value.GetString()!, refers, rule.Kind == Kind.List));
                }
                break;
            case Kind.DateTime when !IsDateTime(value):
                problems.Add($"{where}: a date-time with its offset expected (2026-02-17T13:30:00+01:00)");
                break;
            case Kind.Date when value.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                problems.Add($"{where}: a date (yyyy-mm-dd) expected");
                break;
            case Kind.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                problems.Add($"{where}: true or false expected");
                break;
            case Kind.Integer when value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _):
                problems.Add($"{where}: an integer expected");
                break;
            case Kind.StringArray when value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String):
                problems.Add($"{where}: an array of strings expected");
                break;
            case Kind.UrlArray:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    problems.Add($"{where}: an array of URLs expected");
                    break;
                }
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckValue(item, rule with { Kind = Kind.Url }, $"{where}[{index++}]", problems, references, embedded);
                }
                break;
            case Kind.Object:
                CheckObject(value, rule.Refers!, where, problems, references, embedded);
                embedded.Add(value);
                break;
            case Kind.ObjectArray:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    problems.Add($"{where}: an array of {rule.Refers} objects expected");
                    break;
                }
                var n = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckValue(item, rule with { Kind = Kind.Object }, $"{where}[{n++}]", problems, references, embedded);
                }
                break;
            case Kind.Json when value.ValueKind != JsonValueKind.Object:
                problems.Add($"{where}: a JSON object expected");
                break;
        }
    }

    private static bool IsUrl(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http";

    /// <summary>RFC 3339 / ISO 8601 with a time and an offset, as OParl's date-time is.</summary>
    private static bool IsDateTime(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParseExact(value.GetString(), ["yyyy-MM-dd'T'HH':'mm':'sszzz", "yyyy-MM-dd'T'HH':'mm':'ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
