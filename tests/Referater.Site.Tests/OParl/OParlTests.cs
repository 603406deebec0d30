using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Referater.Benchmarks.Corpus;
using Referater.Site.Tests.Publishing;
using Referater.Site.Tests.Support;
using static Referater.Site.Tests.OParl.OParlSpecification;

namespace Referater.Site.Tests.OParl;

/// <summary>The OParl 1.1 interface under /oparl/v1/: every file is a valid object or list page, and every reference leads to what it names.</summary>
public sealed partial class OParlTests(PublishingSiteFixture site) : IClassFixture<PublishingSiteFixture>
{
    private const string Root = PublishingSiteFixture.BaseUrl + "/oparl/v1/";

    /// <summary>Every OParl file of a built site, by its address.</summary>
    private static Dictionary<string, JsonElement> Read(string output, string baseUrl = PublishingSiteFixture.BaseUrl) =>
        Directory.EnumerateFiles(Path.Combine(output, "oparl"), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                file => baseUrl.TrimEnd('/') + "/" + string.Join('/', Path.GetRelativePath(output, file).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)),
                file => JsonDocument.Parse(File.ReadAllBytes(file)).RootElement,
                StringComparer.Ordinal);

    /// <summary>Everything wrong with a site's OParl files, as one list (empty: every file validates).</summary>
    private static List<string> Problems(Dictionary<string, JsonElement> files)
    {
        var problems = new List<string>();
        var references = new List<Reference>();
        var embedded = new List<JsonElement>();
        foreach (var (url, json) in files)
        {
            if (json.TryGetProperty("data", out var data))
            {
                CheckPage(url, json, data, problems, references, embedded);
                continue;
            }
            var type = json.TryGetProperty("type", out var t) ? t.GetString()! : "";
            if (!type.StartsWith(Namespace, StringComparison.Ordinal) || !Types.ContainsKey(type[Namespace.Length..]))
            {
                problems.Add($"{url}: not an OParl 1.1 object ('{type}')");
                continue;
            }
            var (found, refs, inner) = Check(json, type[Namespace.Length..], url);
            problems.AddRange(found);
            references.AddRange(refs);
            embedded.AddRange(inner);
            if (json.GetProperty("id").GetString() != url)
            {
                problems.Add($"{url}: its id is '{json.GetProperty("id").GetString()}', not its own address");
            }
        }
        foreach (var reference in references.DistinctBy(r => (r.Url, r.Type, r.IsList)))
        {
            if (!files.TryGetValue(reference.Url, out var target))
            {
                problems.Add($"{reference.Path}: '{reference.Url}' leads to no file");
            }
            else if (reference.IsList && !(target.TryGetProperty("data", out var items) && items.EnumerateArray().All(i => i.GetProperty("type").GetString() == Namespace + reference.Type)))
            {
                problems.Add($"{reference.Path}: '{reference.Url}' is not a list of {reference.Type}");
            }
            else if (!reference.IsList && target.GetProperty("type").GetString() != Namespace + reference.Type)
            {
                problems.Add($"{reference.Path}: '{reference.Url}' is not a {reference.Type}");
            }
        }
        // Every object must be retrievable at its id, and be the same there as where it is embedded.
        foreach (var inner in embedded.Where(e => e.TryGetProperty("id", out _)))
        {
            var id = inner.GetProperty("id").GetString()!;
            if (!files.TryGetValue(id, out var own) || !JsonElement.DeepEquals(own, inner))
            {
                problems.Add($"{id}: embedded, but not the same object at its own address");
            }
        }
        return problems;
    }

    private static void CheckPage(string url, JsonElement page, JsonElement data, List<string> problems, List<Reference> references, List<JsonElement> embedded)
    {
        if (!page.TryGetProperty("pagination", out var pagination) || !page.TryGetProperty("links", out var links) || data.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{url}: a list page has data (an array), pagination and links");
            return;
        }
        var current = pagination.GetProperty("currentPage").GetInt32();
        var total = pagination.GetProperty("totalPages").GetInt32();
        if (links.GetProperty("self").GetString() != url)
        {
            problems.Add($"{url}: links.self is not the page's address");
        }
        if (current < total != links.TryGetProperty("next", out _))
        {
            problems.Add($"{url}: links.next is required on every page but the last, and only there");
        }
        var index = 0;
        foreach (var item in data.EnumerateArray())
        {
            var type = item.GetProperty("type").GetString()!;
            var (found, refs, inner) = Check(item, type.StartsWith(Namespace, StringComparison.Ordinal) ? type[Namespace.Length..] : type, $"{url}.data[{index++}]");
            problems.AddRange(found);
            references.AddRange(refs);
            embedded.Add(item);
            embedded.AddRange(inner);
        }
    }

    [Fact]
    public void Every_OParl_file_validates_and_every_reference_leads_to_an_object_of_its_type()
    {
        var files = Read(site.Output);
        Assert.True(files.Count > 20, $"the site has more than 20 OParl files, found {files.Count}");
        Assert.Empty(Problems(files));
    }

    [Fact]
    public void The_validation_finds_what_is_wrong()
    {
        // A check that cannot fail proves nothing: a missing property, a wrong type, an id not its own and a dead reference are all found.
        var files = Read(site.Output);
        var meeting = Root + "meeting/beskaeftigelsesudvalget/2026-02-17.json";
        var node = System.Text.Json.Nodes.JsonNode.Parse(files[meeting].GetRawText())!;
        var first = node["agendaItem"]![0]!.AsObject();
        first.Remove("order");
        first["public"] = "ja";
        node["id"] = Root + "meeting/beskaeftigelsesudvalget/2026-02-18.json";
        node["organization"]![0] = Root + "organization/findes-ikke.json";
        var broken = JsonDocument.Parse(node.ToJsonString()).RootElement;
        files[meeting] = broken;
        var problems = Problems(files);
        Assert.Contains(problems, p => p.EndsWith(".order: required by OParl 1.1, missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith(".public: true or false expected", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("its id is", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("findes-ikke.json' leads to no file", StringComparison.Ordinal));
    }

    [Fact]
    public void The_system_leads_to_the_body_and_the_body_to_every_list()
    {
        var files = Read(site.Output);
        var system = files[Root + "system.json"];
        Assert.Equal("https://schema.oparl.org/1.1/", system.GetProperty("oparlVersion").GetString());
        var body = Assert.Single(files[system.GetProperty("body").GetString()!].GetProperty("data").EnumerateArray());
        Assert.True(JsonElement.DeepEquals(files[Root + "body.json"], body));
        Assert.Equal("Testrup Kommune", body.GetProperty("name").GetString());
        Assert.Equal(3, files[body.GetProperty("meeting").GetString()!].GetProperty("pagination").GetProperty("totalElements").GetInt32());
        Assert.Equal(
            ["Beskæftigelsesudvalget", "Byrådet", "Økonomiudvalget"],
            files[body.GetProperty("organization").GetString()!].GetProperty("data").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Equal(["Valgperioden 2026–2029"], body.GetProperty("legislativeTerm").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(0, files[body.GetProperty("person").GetString()!].GetProperty("pagination").GetProperty("totalElements").GetInt32());
    }

    [Fact]
    public void A_meeting_embeds_its_punkter_in_order_and_a_closed_punkt_carries_only_its_public_view()
    {
        var meeting = Read(site.Output)[Root + "meeting/beskaeftigelsesudvalget/2026-02-17.json"];
        var items = meeting.GetProperty("agendaItem").EnumerateArray().ToList();
        Assert.Equal(["10", "11", "12"], items.Select(i => i.GetProperty("number").GetString()));
        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("order").GetInt32()));
        Assert.Equal("Referat Beskæftigelsesudvalget 17. februar 2026", meeting.GetProperty("name").GetString());
        Assert.Equal(PublishingSiteFixture.Place, meeting.GetProperty("location").GetProperty("description").GetString());

        var closed = items[1];
        Assert.Equal(
            ["id", "type", "meeting", "number", "order", "name", "public", "result", "resolutionText", "created", "modified", "web"],
            closed.EnumerateObject().Select(p => p.Name));
        Assert.False(closed.GetProperty("public").GetBoolean());
        Assert.Equal("Personalesag", closed.GetProperty("name").GetString());
        Assert.Equal("Indstillingen blev godkendt.", closed.GetProperty("resolutionText").GetString());
        Assert.DoesNotContain(PublishingSiteFixture.Secret, closed.GetRawText(), StringComparison.OrdinalIgnoreCase);

        Assert.True(items[0].GetProperty("public").GetBoolean());
        Assert.Equal(PublishingSiteFixture.Decision10, items[0].GetProperty("resolutionText").GetString());
    }

    [Fact]
    public void A_published_attachment_is_a_File_with_its_address_checksum_size_and_type()
    {
        var file = Read(site.Output)[Root + "file/beskaeftigelsesudvalget/2026-02-17/oplaeg.pdf.json"];
        var bytes = site.Bytes("beskaeftigelsesudvalget/2026-02-17/oplaeg.pdf");
        Assert.Equal(PublishingSiteFixture.BaseUrl + "/beskaeftigelsesudvalget/2026-02-17/oplaeg.pdf", file.GetProperty("accessUrl").GetString());
        Assert.Equal("application/pdf", file.GetProperty("mimeType").GetString());
        Assert.Equal(bytes.Length, file.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA512.HashData(bytes)), file.GetProperty("sha512Checksum").GetString());
        Assert.Equal("Oplæg om reformen", file.GetProperty("name").GetString());
        Assert.Equal([Root + "agenda-item/beskaeftigelsesudvalget/2026-02-17/10.json"], file.GetProperty("agendaItem").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_case_is_a_Paper_with_a_consultation_for_each_treatment()
    {
        var files = Read(site.Output);
        var paper = files[Root + "paper/15.00.00-A00-3-25.json"];
        Assert.Equal("15.00.00-A00-3-25", paper.GetProperty("reference").GetString());
        Assert.Equal(["15 Arbejdsmarked og beskæftigelsesindsats"], paper.GetProperty("keyword").EnumerateArray().Select(k => k.GetString()));
        var consultations = paper.GetProperty("consultation").EnumerateArray().ToList();
        Assert.Equal(
            [Root + "meeting/beskaeftigelsesudvalget/2026-02-17.json", Root + "meeting/beskaeftigelsesudvalget/2026-06-09.json"],
            consultations.Select(c => c.GetProperty("meeting").GetString()));
        Assert.Equal(["Behandlet", "Til behandling"], consultations.Select(c => c.GetProperty("role").GetString()));
        Assert.False(files[Root + "paper/20-4282.json"].TryGetProperty("keyword", out _));
        Assert.DoesNotContain(files.Keys, url => url.Contains("81.00.00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lists_of_more_than_a_hundred_objects_are_pages_linked_first_to_last()
    {
        using var temp = new TempDirectory();
        var corpus = new CorpusGenerator().Generate(14);
        ContentFormatWriter.Write(corpus, temp.Combine("input"));
        var diagnostics = new Referater.Site.Validation.DiagnosticBag();
        var result = await new Referater.Site.Pipeline.BuildPipeline().RunAsync(new Referater.Site.Pipeline.BuildOptions(temp.Combine("input"), temp.Combine("output")) { Search = false }, diagnostics);
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
        var files = Read(temp.Combine("output"), corpus.BaseUrl);
        Assert.Empty(Problems(files));

        var body = files[files.Keys.Single(k => k.EndsWith("/oparl/v1/body.json", StringComparison.Ordinal))];
        var page = files[body.GetProperty("agendaItem").GetString()!];
        var seen = new List<string>();
        var pages = 0;
        while (true)
        {
            pages++;
            Assert.Equal(pages, page.GetProperty("pagination").GetProperty("currentPage").GetInt32());
            Assert.Equal(100, page.GetProperty("pagination").GetProperty("elementsPerPage").GetInt32());
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            if (!page.GetProperty("links").TryGetProperty("next", out var next))
            {
                break;
            }
            page = files[next.GetString()!];
        }
        Assert.True(pages > 1, $"more than 100 punkter make more than one page, got {seen.Count} on {pages}");
        Assert.Equal(result.AgendaItems, seen.Count);
        Assert.Equal(seen.Count, page.GetProperty("pagination").GetProperty("totalElements").GetInt32());
        Assert.Equal(seen.Order(StringComparer.Ordinal), files.Keys.Where(k => k.Contains("/agenda-item/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Netlify_serves_the_interface_as_JSON_to_any_origin()
    {
        var toml = File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"));
        var block = HeaderBlocks().Matches(toml).Select(m => m.Value).Single(b => b.Contains("for = \"/oparl/*\"", StringComparison.Ordinal));
        Assert.Contains("Access-Control-Allow-Origin = \"*\"", block);
        Assert.Contains("Content-Type = \"application/json; charset=utf-8\"", block);
    }

    [GeneratedRegex(@"\[\[headers\]\][^\[]*(\[headers\.values\][^\[]*)?")]
    private static partial Regex HeaderBlocks();
}
