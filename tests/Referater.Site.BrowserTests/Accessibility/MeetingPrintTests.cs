using Referater.Site.BrowserTests.Support;

namespace Referater.Site.BrowserTests.Accessibility;

/// <summary>The meeting page in Chromium's print media: a clean referat under the municipality's name, one punkt to a page, without the site's navigation.</summary>
[Collection(ThemeCollection.Name)]
public sealed class MeetingPrintTests(BrowserSiteFixture site)
{
    [Fact]
    public void A_printed_meeting_has_no_navigation_and_starts_every_punkt_on_a_new_page()
    {
        var driver = site.Driver;
        site.Browser.SetViewportWidth(1280);
        driver.Navigate().GoToUrl(site.Seed.Url(AccessibilityPageTypes.Named("møde").Url));
        driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        try
        {
            var hidden = (IReadOnlyCollection<object>)driver.ExecuteScript(
                "return ['.breadcrumb', '.site-footer', '.skip-link', '.punkt__back']" +
                ".map(s => [...document.querySelectorAll(s)].every(e => getComputedStyle(e).display === 'none'));")!;
            Assert.All(hidden, h => Assert.True((bool)h, "Navigation is printed."));
            // The header stays as a letterhead: the municipality's name, black on white.
            var letterhead = (IReadOnlyCollection<object>)driver.ExecuteScript(
                "const h = document.querySelector('.site-name'); return [getComputedStyle(h).color, getComputedStyle(document.querySelector('.site-header')).backgroundColor, h.innerText];")!;
            Assert.Equal(["rgb(0, 0, 0)", "rgba(0, 0, 0, 0)"], letterhead.Take(2).Cast<string>());
            Assert.Contains("Herning Kommune", (string)letterhead.Last());
            var breaks = (IReadOnlyCollection<object>)driver.ExecuteScript(
                "return [...document.querySelectorAll('.punkt')].map(p => getComputedStyle(p).breakBefore);")!;
            Assert.Equal(7, breaks.Count);
            Assert.All(breaks, b => Assert.Equal("page", b));
            var decisionBorder = (string)driver.ExecuteScript(
                "return getComputedStyle(document.querySelector('.decision')).borderTopStyle;")!;
            Assert.Equal("solid", decisionBorder);
        }
        finally
        {
            driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "" });
        }
    }
}
