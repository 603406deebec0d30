using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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
    /// an object is written up to five times (on its own, in its meeting, in lists), and clients read, not people.
    /// </summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        var api = OParlApi.Build(context);
        var home = "/";
        var outputs = new List<OutputItem> { One(api, api.System.Id, api.System), One(api, api.Body.Id, api.Body) };
        outputs.AddRange(List(api, OParlUrls.Bodies, [api.Body], home));
        outputs.AddRange(List(api, OParlUrls.Organizations, api.Organizations.Select(o => o.Organization).ToList(), home));
        outputs.AddRange(List(api, OParlUrls.Persons, Array.Empty<object>(), home));
        outputs.AddRange(List(api, OParlUrls.Memberships, Array.Empty<object>(), home));
        outputs.AddRange(List(api, OParlUrls.Meetings, api.Meetings, home));
        outputs.AddRange(List(api, OParlUrls.AgendaItems, api.AgendaItems.ToList(), home));
        outputs.AddRange(List(api, OParlUrls.Consultations, api.Consultations.ToList(), Rendering.Pages.CaseListPages.Url));
        outputs.AddRange(List(api, OParlUrls.Papers, api.Papers, Rendering.Pages.CaseListPages.Url));
        outputs.AddRange(List(api, OParlUrls.Files, api.Files, home));
        outputs.AddRange(List(api, OParlUrls.Locations, api.Locations, home));
        outputs.AddRange(List(api, OParlUrls.LegislativeTerms, api.LegislativeTerms, home));
        foreach (var (committee, organization, meetings) in api.Organizations)
        {
            outputs.Add(One(api, organization.Id, organization));
            outputs.AddRange(List(api, OParlUrls.OrganizationMeetings(committee), meetings, committee.Url));
        }
        outputs.AddRange(api.Meetings.Select(o => One(api, o.Id, o)));
        outputs.AddRange(api.AgendaItems.Select(o => One(api, o.Id, o)));
        outputs.AddRange(api.Consultations.Select(o => One(api, o.Id, o)));
        outputs.AddRange(api.Papers.Select(o => One(api, o.Id, o)));
        outputs.AddRange(api.Files.Select(o => One(api, o.Id, o)));
        outputs.AddRange(api.Locations.Select(o => One(api, o.Id, o)));
        outputs.AddRange(api.LegislativeTerms.Select(o => One(api, o.Id, o)));
        return outputs;
    }

    public static byte[] ToBytes(object value) => JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Json);

    private static FileOutput One(OParlApi api, string id, object value) =>
        new(OParlUrls.FileOf(api.PathOf(id)), () => ToBytes(value)) { Inputs = value };

    /// <summary>An external list as pages; <paramref name="web"/> is the page of the site that shows the same.</summary>
    private static IEnumerable<FileOutput> List<T>(OParlApi api, string list, IReadOnlyList<T> items, string web)
    {
        var pages = Math.Max(1, (items.Count + OParlApi.PageSize - 1) / OParlApi.PageSize);
        for (var page = 1; page <= pages; page++)
        {
            var number = page;
            var url = OParlUrls.Page(list, number);
            var content = new OParlPage<T>(
                items.Skip((number - 1) * OParlApi.PageSize).Take(OParlApi.PageSize).ToList(),
                new OParlPagination(items.Count, OParlApi.PageSize, number, pages),
                new OParlLinks(
                    api.Absolute(OParlUrls.Page(list, 1)),
                    number > 1 ? api.Absolute(OParlUrls.Page(list, number - 1)) : null,
                    api.Absolute(url),
                    number < pages ? api.Absolute(OParlUrls.Page(list, number + 1)) : null,
                    api.Absolute(OParlUrls.Page(list, pages)),
                    api.Absolute(web)));
            yield return new FileOutput(OParlUrls.FileOf(url), () => ToBytes(content)) { Inputs = content };
        }
    }
}
