using Referater.Site.Publishing;
using Referater.Site.Tests.Support;
using static Referater.Site.Tests.Support.TestSite;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Publishing;

/// <summary>
/// After writing, every internal link and fragment of every page must lead to something that was written. A link an
/// editor wrote is reported at its line in the Markdown, where it must be fixed.
/// </summary>
public sealed class LinkCheckerTests
{

    private static async Task<IReadOnlyList<Diagnostic>> BuildWithBody(string body, bool expectSuccess)
    {
        using var site = new TestSite().Meeting(Committee, Date).Meeting(Committee, "2023-12-12")
            .Item(Committee, Date, "10-punkt.md", TestSite.ItemText(10, "Orientering", body: body, extra: "bilag:\n  - titel: Rapport\n    fil: rapport.pdf\n"))
            .Item(Committee, "2023-12-12", "87-punkt.md", TestSite.ItemText(87, "Ældre punkt"));
        site.Folder.WriteBytes($"input/{Committee}/{Date}/rapport.pdf", TestPdf.With("Rapport"));
        site.Folder.WritePreviousOutput();
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(expectSuccess == result.Succeeded, string.Join("\n", diagnostics));
        if (!expectSuccess)
        {
            Assert.Equal("previous site", site.ReadOutput("index.html"));
            Assert.Equal(TempDirectory.PreviousEntries, TempDirectory.Names(site.Output));
        }
        return diagnostics;
    }

    [Theory]
    [InlineData("[forside](/)")]
    [InlineData("[udvalget](/beskaeftigelsesudvalget/)")]
    [InlineData("[sidste møde](/beskaeftigelsesudvalget/2023-12-12/#punkt-87)")]
    [InlineData("[relativt](../2023-12-12/#punkt-87)")]
    [InlineData("[punkt 10 her](#punkt-10)")]
    [InlineData("[beslutningen](#punkt-10-beslutning)")]
    [InlineData("[bilaget](rapport.pdf)")]
    [InlineData("[bilaget](/beskaeftigelsesudvalget/2026-02-17/rapport.pdf)")]
    [InlineData("[erklæringen](/was)")]
    [InlineData("[absolut](https://referater.testrup.dk/beskaeftigelsesudvalget/#aar-2023)")]
    [InlineData("[ekstern](https://example.org/findes-ikke) [mail](mailto:a@example.org)")]
    [InlineData("[top](#)")]
    [InlineData("[over http](http://referater.testrup.dk/beskaeftigelsesudvalget/)")]
    [InlineData("[med punktum](https://referater.testrup.dk./beskaeftigelsesudvalget/)")]
    public async Task Links_to_what_was_written_pass(string link) =>
        await BuildWithBody($"## Beslutning\n\n{link}\n", expectSuccess: true);

    [Theory]
    [InlineData("[forkert møde](/beskaeftigelsesudvalget/2099-01-01/)", "/beskaeftigelsesudvalget/2099-01-01/", "peger på /beskaeftigelsesudvalget/2099-01-01/, som ikke findes")]
    [InlineData("[forkert punkt](#punkt-99)", "#punkt-99", "har intet element med id=\"punkt-99\"")]
    [InlineData("[andet møde, forkert punkt](/beskaeftigelsesudvalget/2023-12-12/#punkt-88)", "/beskaeftigelsesudvalget/2023-12-12/#punkt-88", "har intet element med id=\"punkt-88\"")]
    [InlineData("[manglende bilag](rapport2.pdf)", "rapport2.pdf", "peger på /beskaeftigelsesudvalget/2026-02-17/rapport2.pdf, som ikke findes")]
    [InlineData("[absolut](https://referater.testrup.dk/skoleudvalget/)", "https://referater.testrup.dk/skoleudvalget/", "som ikke findes")]
    [InlineData("[anker i en fil](rapport.pdf#side-2)", "rapport.pdf#side-2", "som ikke er en side")]
    [InlineData("[tom]()", "", "er tomt")]
    [InlineData("[forklædt](&#0000106&#0000097vascript:alert(1))", "&#0000106&#0000097vascript:alert(1)", "som ikke findes")]
    [InlineData("![billede](diagram.png)", "diagram.png", "som ikke findes")]
    [InlineData("[over http](http://referater.testrup.dk/skoleudvalget/)", "http://referater.testrup.dk/skoleudvalget/", "som ikke findes")]
    [InlineData("[med punktum](https://referater.testrup.dk./skoleudvalget/)", "https://referater.testrup.dk./skoleudvalget/", "som ikke findes")]
    [InlineData("[store bogstaver](HTTPS://REFERATER.TESTRUP.DK/skoleudvalget/)", "HTTPS://REFERATER.TESTRUP.DK/skoleudvalget/", "som ikke findes")]
    [InlineData("[med port](https://referater.testrup.dk:443/skoleudvalget/)", "https://referater.testrup.dk:443/skoleudvalget/", "som ikke findes")]
    [InlineData("[uden skema](//referater.testrup.dk/skoleudvalget/)", "//referater.testrup.dk/skoleudvalget/", "som ikke findes")]
    public async Task A_broken_link_fails_the_build_naming_page_and_link(string link, string href, string problem)
    {
        var diagnostics = await BuildWithBody($"## Beslutning\n\n{link}\n", expectSuccess: false);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(LinkChecker.Code, error.Code);
        Assert.EndsWith($"{Committee}/{Date}/10-punkt.md", error.File);
        Assert.Equal(11, error.Line);
        Assert.Contains($"linket '{href}'", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Contains("Ret linket i teksten", error.Message);
    }

    [Fact]
    public async Task Every_broken_link_is_reported_in_page_order()
    {
        var diagnostics = await BuildWithBody("## Beslutning\n\n[a](/a/) [b](#b)\n\n[c](/c/)\n", expectSuccess: false);
        Assert.Equal(["'/a/'", "'#b'", "'/c/'"], diagnostics.Where(d => d.Code == LinkChecker.Code).Select(d => d.Message.Split(' ')[1]));
        Assert.Equal([11, 11, 13], diagnostics.Where(d => d.Code == LinkChecker.Code).Select(d => d.Line));
    }
}

/// <summary>A link the theme makes (not an editor) is reported at its line in the written page.</summary>
public sealed class TemplateLinkTests
{
    [Fact]
    public async Task A_link_no_text_wrote_is_reported_in_the_page()
    {
        var diagnostics = new DiagnosticBag();
        var writer = new SiteWriter(new DiscardingSink(), diagnostics);
        var page = new Referater.Site.Pipeline.PageOutput("index.html", typeof(Referater.Site.Theme.NotFoundPage), new Dictionary<string, object?>
        {
            ["Page"] = new Referater.Site.Rendering.PageContext(
                new Referater.Site.Content.SiteConfig("Testrup Kommune", new Uri("https://referater.testrup.dk/"), [], null, System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty, null, null, null),
                "/404.html",
                Referater.Site.Publishing.ThemeAssets.Load().Manifest),
        });
        await using var host = new Referater.Site.Rendering.RazorHost();
        await writer.WriteAsync(page, host);
        LinkChecker.Check(writer, new Uri("https://referater.testrup.dk/"), diagnostics);
        // The page was written alone, without the theme's files it links to.
        var broken = diagnostics.Sorted().Where(d => d.Code == LinkChecker.Code).ToList();
        Assert.Contains(broken, d => d.Message.Contains("/assets/css/site.", StringComparison.Ordinal));
        Assert.All(broken, d =>
        {
            Assert.Equal("index.html", d.File);
            Assert.Contains("Ret linket i skabelonen", d.Message);
        });
    }
}
