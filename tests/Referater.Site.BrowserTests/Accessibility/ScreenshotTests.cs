using OpenQA.Selenium;
using Referater.Site.BrowserTests.Support;

namespace Referater.Site.BrowserTests.Accessibility;

/// <summary>
/// Every page type photographed at phone and desktop width. The pictures go to a temp folder, or to the folder named
/// by REFERATER_SCREENSHOTS (scripts/screenshots.sh points it at docs/screenshots for the README).
/// </summary>
[Collection(ThemeCollection.Name)]
public sealed class ScreenshotTests(BrowserSiteFixture site)
{
    private static readonly (string Suffix, int Width, int Height)[] Sizes = [("mobil", 375, 812), ("desktop", 1280, 900)];

    [Fact]
    public void Every_page_type_renders_at_phone_and_desktop_width()
    {
        var folder = Environment.GetEnvironmentVariable("REFERATER_SCREENSHOTS") is { Length: > 0 } target
            ? Path.GetFullPath(target)
            : Path.Combine(site.Seed.Root, "..", "screenshots");
        Directory.CreateDirectory(folder);
        var shots = AccessibilityPageTypes.All
            .Select(p => new Shot(FileName(p.Name), p))
            .Append(new Shot("moede-overblik", AccessibilityPageTypes.Named("møde"), ScrollTo: "#overblik"))
            .Append(new Shot("moede-punkt", AccessibilityPageTypes.Named("møde"), ScrollTo: "#punkt-12 .decision"))
            .Append(new Shot("sagsoversigt-filter", AccessibilityPageTypes.Named("sagsoversigt"), Type: ("#sagsfilter-q", "orientering")));
        foreach (var (file, page, scrollTo, type) in shots)
        {
            if (page.In(page.SiteIn(site).Root) is not { } found)
            {
                continue;
            }
            foreach (var (suffix, width, height) in Sizes)
            {
                site.Browser.SetViewportWidth(width, height);
                site.Driver.Navigate().GoToUrl(page.SiteIn(site).Url(found.Url));
                if (page.WaitFor is { } selector)
                {
                    // The search page shows its results once Pagefind has answered: photograph those, not "Søger …".
                    site.Browser.WaitFor(d => d.FindElements(By.CssSelector(selector)).Count > 0, selector);
                }
                if (type is var (field, text))
                {
                    site.Driver.FindElement(By.CssSelector(field)).SendKeys(text);
                    site.Browser.WaitFor(d => d.FindElement(By.Id("sagsfilter-status")).Text.StartsWith("Viser", StringComparison.Ordinal), "det filtrerede udvalg");
                    site.Driver.ExecuteScript("document.querySelector(arguments[0]).scrollIntoView({ block: 'start' });", "#sagsfilter");
                }
                if (scrollTo is not null)
                {
                    site.Driver.ExecuteScript("document.querySelector(arguments[0]).scrollIntoView({ block: 'start' });", scrollTo);
                }
                var png = site.Driver.GetScreenshot().AsByteArray;
                // A blank or failed page compresses to almost nothing; a rendered page does not.
                Assert.True(png.Length > 10_000, $"The screenshot of {page.Name} at {width} px is blank.");
                File.WriteAllBytes(Path.Combine(folder, $"{file}-{suffix}.png"), png);
            }
        }
    }

    private sealed record Shot(string File, AccessibilityPageType Page, string? ScrollTo = null, (string Field, string Text)? Type = null);

    /// <summary>File names in ASCII, as the URLs are (møde → moede, søgning → soegning).</summary>
    private static string FileName(string pageType) => Content.Slugs.From(pageType);
}
