using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing.OParl;

/// <summary>
/// The read-only OParl 1.1 interface as static files under <c>/oparl/v1/</c>: the System object (the entry point), the
/// Body, and every object at its own id, with the Body's external lists as pages of <see cref="OParlApi.PageSize"/>.
/// netlify.toml serves them as JSON to any origin.
/// </summary>
public sealed class OParlFiles : IOutputSource
{
    /// <summary>
    /// Danish letters as they are; null properties left out, as OParl asks for properties without a value. Not indented:
    /// an object is written up to five times (on its own, in its meeting, in lists), and clients read, not people. The
    /// objects' metadata are generated at compile time (<see cref="OParlJson"/>): made by reflection, they took 0.1–0.2 s
    /// of every build that writes an OParl file, an edit's build included.
    /// </summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(OParlJson.Default, new DefaultJsonTypeInfoResolver()),
    };

    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        var api = OParlApi.Build(context);
        var home = "/";
        var outputs = new List<OutputItem> { One(api, api.System.Id, api.System), One(api, api.Body.Id, api.Body) };
        outputs.AddRange(List(api, OParlUrls.Bodies, Made([api.Body]), home));
        outputs.AddRange(List(api, OParlUrls.Organizations, Made(api.Organizations.Select(o => o.Organization)), home));
        outputs.AddRange(List(api, OParlUrls.Persons, Made(Array.Empty<object>()), home));
        outputs.AddRange(List(api, OParlUrls.Memberships, Made(Array.Empty<object>()), home));
        outputs.AddRange(List(api, OParlUrls.Meetings, api.Meetings, home));
        outputs.AddRange(List(api, OParlUrls.AgendaItems, api.AgendaItems, home));
        outputs.AddRange(List(api, OParlUrls.Consultations, api.Consultations, Rendering.Pages.CaseListPages.Url));
        outputs.AddRange(List(api, OParlUrls.Papers, api.Papers, Rendering.Pages.CaseListPages.Url));
        outputs.AddRange(List(api, OParlUrls.Files, api.Files, home));
        outputs.AddRange(List(api, OParlUrls.Locations, Made(api.Locations), home));
        outputs.AddRange(List(api, OParlUrls.LegislativeTerms, Made(api.LegislativeTerms), home));
        foreach (var (committee, organization, meetings) in api.Organizations)
        {
            outputs.Add(One(api, organization.Id, organization));
            outputs.AddRange(List(api, OParlUrls.OrganizationMeetings(committee), meetings, committee.Url));
        }
        outputs.AddRange(api.Meetings.Select(o => One(api, o)));
        outputs.AddRange(api.AgendaItems.Select(o => One(api, o)));
        outputs.AddRange(api.Consultations.Select(o => One(api, o)));
        outputs.AddRange(api.Papers.Select(o => One(api, o)));
        outputs.AddRange(api.Files.Select(o => One(api, o)));
        outputs.AddRange(api.Locations.Select(o => One(api, o.Id, o)));
        outputs.AddRange(api.LegislativeTerms.Select(o => One(api, o.Id, o)));
        return outputs;
    }

    public static byte[] ToBytes(object value) => JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Json);

    /// <summary>An object made with the API (the system, a term of office …): few, and read whole to tell whether one changed.</summary>
    private static FileOutput One(OParlApi api, string id, object value) =>
        new(OParlUrls.FileOf(api.PathOf(id)), () => ToBytes(value)) { Inputs = value };

    /// <summary>A meeting's object or a case's, made only when its file is.</summary>
    private static FileOutput One<T>(OParlApi api, OParlEntry<T> entry)
        where T : class =>
        new(OParlUrls.FileOf(api.PathOf(entry.Id)), () => ToBytes(entry.Value)) { Inputs = entry.Inputs };

    /// <summary>Objects made already (few), each known by its whole value, which holds its id: a list page needs nothing else of them.</summary>
    private static IReadOnlyList<OParlEntry<T>> Made<T>(IEnumerable<T> objects)
        where T : class =>
        [.. objects.Select(o => new OParlEntry<T>("", Fingerprint.Of(o), () => o))];

    /// <summary>
    /// An external list as pages; <paramref name="web"/> is the page of the site that shows the same. A page is made from
    /// its objects' inputs and its place in the list: an edit makes again only the pages that hold what it touched.
    /// </summary>
    private static IEnumerable<FileOutput> List<T>(OParlApi api, string list, IReadOnlyList<OParlEntry<T>> entries, string web)
        where T : class
    {
        var pages = Math.Max(1, (entries.Count + OParlApi.PageSize - 1) / OParlApi.PageSize);
        for (var page = 1; page <= pages; page++)
        {
            var number = page;
            var url = OParlUrls.Page(list, number);
            var held = entries.Skip((number - 1) * OParlApi.PageSize).Take(OParlApi.PageSize).ToList();
            var links = new OParlLinks(
                api.Absolute(OParlUrls.Page(list, 1)),
                number > 1 ? api.Absolute(OParlUrls.Page(list, number - 1)) : null,
                api.Absolute(url),
                number < pages ? api.Absolute(OParlUrls.Page(list, number + 1)) : null,
                api.Absolute(OParlUrls.Page(list, pages)),
                api.Absolute(web));
            var pagination = new OParlPagination(entries.Count, OParlApi.PageSize, number, pages);
            yield return new FileOutput(OParlUrls.FileOf(url), () => ToBytes(new OParlPage<T>([.. held.Select(e => e.Value)], pagination, links)))
            {
                // An object's id with its inputs: the punkter of one meeting share its inputs, and a page must change when it holds others.
                Inputs = api.NamesInputs ? (pagination, links, held.Select(e => (e.Id, e.Inputs)).ToList()) : null,
            };
        }
    }
}

/// <summary>OParl's objects and list pages, known to the serializer at compile time; any other value is read by reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OParlSystem))]
[JsonSerializable(typeof(OParlBody))]
[JsonSerializable(typeof(OParlOrganization))]
[JsonSerializable(typeof(OParlMeeting))]
[JsonSerializable(typeof(OParlAgendaItem))]
[JsonSerializable(typeof(OParlPaper))]
[JsonSerializable(typeof(OParlConsultation))]
[JsonSerializable(typeof(OParlFile))]
[JsonSerializable(typeof(OParlLocation))]
[JsonSerializable(typeof(OParlLegislativeTerm))]
[JsonSerializable(typeof(OParlPage<OParlBody>))]
[JsonSerializable(typeof(OParlPage<OParlOrganization>))]
[JsonSerializable(typeof(OParlPage<OParlMeeting>))]
[JsonSerializable(typeof(OParlPage<OParlAgendaItem>))]
[JsonSerializable(typeof(OParlPage<OParlPaper>))]
[JsonSerializable(typeof(OParlPage<OParlConsultation>))]
[JsonSerializable(typeof(OParlPage<OParlFile>))]
[JsonSerializable(typeof(OParlPage<OParlLocation>))]
[JsonSerializable(typeof(OParlPage<OParlLegislativeTerm>))]
[JsonSerializable(typeof(OParlPage<object>))]
internal sealed partial class OParlJson : JsonSerializerContext;
