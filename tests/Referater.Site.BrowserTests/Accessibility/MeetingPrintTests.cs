namespace Referater.Site.BrowserTests.Accessibility;

/// <summary>The meeting page in Chromium's print media: a clean referat, one punkt to a page, without the site's navigation.</summary>
[Collection(AccessibilityCollection.Name)]
public sealed class MeetingPrintTests(AccessibilitySiteFixture site)
{
    [Fact]
    public void A_printed_meeting_has_no_navigation_and_starts_every_punkt_on_a_new_page()
    {
        var driver = site.Driver;
        AccessibilityBrowser.SetViewportWidth(driver, 1280);
        driver.Navigate().GoToUrl(site.Server.Url(AccessibilityPageTypes.Named("møde").Url));
        driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        try
        {
            var hidden = (IReadOnlyCollection<object>)driver.ExecuteScript(
                "return ['.site-header', '.breadcrumb', '.site-footer', '.skip-link', '.punkt__back']" +
                ".map(s => [...document.querySelectorAll(s)].every(e => getComputedStyle(e).display === 'none'));")!;
            Assert.All(hidden, h => Assert.True((bool)h, "Navigation is printed."));
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
