using AngleSharp.Html.Parser;
using Referater.Site.Content;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Rendering;

/// <summary>The municipality's colour and logo from site.yml: applied without inline styles, and refused when unreadable.</summary>
public sealed class ThemeBrandingTests
{
    private const string LogoSvg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#123456"/></svg>""";

    private static TestSite SiteWith(string extraConfig) => TestSite.WithOneMeeting(TestSite.DefaultConfig + "\n" + extraConfig);

    private static string[] HtmlFiles(TestSite site) => Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);

    [Theory]
    [InlineData("#767676", 4.54)]
    [InlineData("#00594f", 8.26)]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#000000", 21.0)]
    public void Contrast_against_white_follows_WCAG(string colour, double expected)
    {
        Assert.True(Colour.TryParse(colour, out var parsed));
        Assert.Equal(expected, parsed.ContrastWith(Colour.White), 2);
    }

    [Fact]
    public async Task The_colour_is_a_fingerprinted_stylesheet_every_page_links_and_no_page_styles_inline()
    {
        using var site = SiteWith("farve: \"#8a1538\"");
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));

        var colours = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets", "css"), "site-colors.*.css"));
        Assert.Matches(@"site-colors\.[0-9a-f]{10}\.css$", colours);
        Assert.Contains("--color-primary:#8a1538", File.ReadAllText(colours));
        var url = "/assets/css/" + Path.GetFileName(colours);
        foreach (var file in HtmlFiles(site).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}was{Path.DirectorySeparatorChar}")))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            Assert.Contains(url, document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
            Assert.Empty(document.QuerySelectorAll("[style], style"));
        }
    }

    [Fact]
    public async Task Without_a_colour_no_colour_stylesheet_is_written()
    {
        using var site = SiteWith("");
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Output, "assets", "css"), "site-colors.*"));
        Assert.DoesNotContain("site-colors", site.ReadOutput("index.html"));
    }

    [Fact]
    public async Task A_colour_too_light_for_white_text_is_refused_with_a_darker_suggestion()
    {
        using var site = SiteWith("farve: \"#ffcc00\"");
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("RS0113", error.Code);
        Assert.EndsWith("site.yml", error.File);
        Assert.Equal(TestSite.DefaultConfig.Split('\n').Length + 1, error.Line);
        Assert.Contains("kontrasten til hvid er 1,", error.Message);
        Assert.Contains("mindst 4,5:1", error.Message);
        var suggestion = System.Text.RegularExpressions.Regex.Match(error.Message, "farve: \"(#[0-9a-f]{6})\"").Groups[1].Value;
        Assert.True(Colour.TryParse(suggestion, out var darker), error.Message);
        Assert.True(darker.ContrastWith(Colour.White) >= Colour.MinimumContrast);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task The_logo_is_published_under_a_fingerprinted_name_and_shown_with_alt_text()
    {
        using var site = SiteWith("logo: logo.svg");
        site.Folder.Write("input/logo.svg", LogoSvg);
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));

        var logo = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets", "img"), "logo.*.svg"));
        Assert.Equal(LogoSvg, File.ReadAllText(logo));
        var image = new HtmlParser().ParseDocument(site.ReadOutput($"{TestSite.SampleCommittee}/{TestSite.SampleDate}/index.html")).QuerySelector(".site-header img")!;
        Assert.Equal("/assets/img/" + Path.GetFileName(logo), image.GetAttribute("src"));
        Assert.Equal("Testrup Kommunes logo", image.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("logo: mangler.svg", "findes ikke")]
    [InlineData("logo: logo.gif", "filtyperne")]
    [InlineData("logo: ../logo.svg", "uden for input-mappen")]
    public async Task A_logo_that_cannot_be_used_is_refused(string line, string messagePart)
    {
        using var site = SiteWith(line);
        site.Folder.Write("input/logo.gif", "GIF89a");
        site.Folder.Write("logo.svg", LogoSvg);
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("RS0111", error.Code);
        Assert.Contains(messagePart, error.Message);
    }

    [Fact]
    public async Task A_logo_too_heavy_for_the_page_budget_is_refused()
    {
        using var site = SiteWith("logo: logo.png");
        site.Folder.WriteBytes("input/logo.png", new byte[SiteLogo.MaxBytes + 1]);
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.Equal("RS0112", Assert.Single(diagnostics, d => d.Severity == Severity.Error).Code);
    }
}
