using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Rendering;

/// <summary>The seed site, built once for the class, queried as a browser would see it.</summary>
public sealed class SeedSiteFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public string Output => _temp.Combine("output");

    public async Task InitializeAsync()
    {
        var diagnostics = new Referater.Site.Validation.DiagnosticBag();
        var result = await new Referater.Site.Pipeline.BuildPipeline().RunAsync(new Referater.Site.Pipeline.BuildOptions(Repository.SeedInput, Output), diagnostics);
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
    }

    public IDocument Page(string relativePath) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relativePath)));

    public string Raw(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SeedPageTests(SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    private const string Meeting2026 = "beskaeftigelsesudvalget/2026-02-17/index.html";
    private const string Meeting2023 = "beskaeftigelsesudvalget/2023-12-12/index.html";

    [Theory]
    [InlineData(Meeting2026, new[] { 10, 11, 12, 13, 14, 15, 16 })]
    [InlineData(Meeting2023, new[] { 87, 88, 89, 90, 91, 92, 93 })]
    public void Every_punkt_has_an_anchor_linked_from_the_table_of_contents(string page, int[] numbers)
    {
        var document = site.Page(page);
        var tocLinks = document.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(numbers.Select(n => $"#punkt-{n}"), tocLinks);
        foreach (var number in numbers)
        {
            var section = document.GetElementById($"punkt-{number}");
            Assert.NotNull(section);
            Assert.Equal("section", section.LocalName);
            Assert.StartsWith($"Punkt {number}:", section.QuerySelector("h2")!.TextContent.Trim());
        }
    }

    [Fact]
    public void The_meeting_date_reads_in_Danish()
    {
        Assert.Contains("Tirsdag d. 17. februar 2026 kl. 13:30", site.Page(Meeting2026).QuerySelector(".meeting-header")!.TextContent);
        Assert.Contains("Tirsdag d. 12. december 2023 kl. 08:00", site.Page(Meeting2023).QuerySelector(".meeting-header")!.TextContent);
    }

    [Theory]
    [InlineData(Meeting2026, 12, "Indstillingen er tiltrådt.")]
    [InlineData(Meeting2026, 16, "Orienteringen er taget til efterretning.")]
    [InlineData(Meeting2023, 88, "Indstillingen godkendt, dog således, at udvalget orienteres igen ultimo 2024.")]
    [InlineData(Meeting2023, 93, "Intet.")]
    public void Each_decision_stands_out_in_its_punkt(string page, int number, string decision)
    {
        var box = site.Page(page).GetElementById($"punkt-{number}")!.QuerySelector("section.decision");
        Assert.NotNull(box);
        Assert.Equal("Beslutning", box.QuerySelector("h3")!.TextContent);
        Assert.Contains(decision, box.TextContent);
    }

    [Fact]
    public void Punkt_facts_sections_lists_and_attachments_are_shown()
    {
        var punkt = site.Page(Meeting2026).GetElementById("punkt-14")!;
        Assert.Contains("00.00.00-P19-1719-10", punkt.QuerySelector(".punkt__facts")!.TextContent);
        Assert.Contains("Mads Mosegaard Rahbek", punkt.QuerySelector(".punkt__facts")!.TextContent);
        Assert.Equal("Nøgletalsrapport februar 2026 (Bilaget er ikke offentliggjort på nettet)", punkt.QuerySelector(".attachments li")!.TextContent);

        var punkt88 = site.Page(Meeting2023).GetElementById("punkt-88")!;
        Assert.Equal(
            ["Resume", "Sagsfremstilling", "Projektets resultater", "Videre forankring af projektet", "Indstilling", "Beslutning", "Bilag"],
            punkt88.QuerySelectorAll("h3, h4, h5").Select(h => h.TextContent.Trim()));
        Assert.Equal(5, site.Page(Meeting2023).GetElementById("punkt-90")!.QuerySelectorAll("ul")[0].Children.Length);
    }

    [Fact]
    public void An_unknown_grid_is_left_out_rather_than_guessed() =>
        Assert.Empty(site.Page(Meeting2026).QuerySelectorAll("table.grid"));

    [Theory]
    [InlineData(Meeting2026)]
    [InlineData(Meeting2023)]
    [InlineData("index.html")]
    [InlineData("beskaeftigelsesudvalget/index.html")]
    [InlineData("404.html")]
    [InlineData("soeg/index.html")]
    public void Pages_are_Danish_UTF8_and_semantic(string page)
    {
        var raw = site.Raw(page);
        Assert.StartsWith("<!DOCTYPE html>", raw);
        Assert.DoesNotMatch(@"&#x?[0-9a-fA-F]+;", raw);
        var document = site.Page(page);
        Assert.Equal("da", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Single(document.QuerySelectorAll("h1"));
        foreach (var landmark in new[] { "header", "main", "footer" })
        {
            Assert.NotNull(document.QuerySelector(landmark));
        }
        Assert.Contains(document.QuerySelectorAll("footer a"), a => a.TextContent == "Tilgængelighedserklæring");
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Committee_page_lists_meetings_by_year_newest_first()
    {
        var document = site.Page("beskaeftigelsesudvalget/index.html");
        Assert.Equal(["2026", "2023"], document.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal(["/beskaeftigelsesudvalget/2026-02-17/", "/beskaeftigelsesudvalget/2023-12-12/"],
            document.QuerySelectorAll(".meeting-list a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Stylesheet_is_published_under_a_content_hash()
    {
        var href = site.Page("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/assets/css/site\.[0-9a-f]{10}\.css$", href);
        Assert.True(File.Exists(Path.Combine(site.Output, href.TrimStart('/'))));
    }
}
