using System.Text.Json;
using Referater.Site.BrowserTests.Support;
using Xunit.Abstractions;

namespace Referater.Site.BrowserTests.Accessibility;

/// <summary>
/// The meeting page as Chromium loads it with an empty cache: every byte of HTML, CSS, JS, fonts and images together
/// stays within 100 KB, and no request leaves the site's own origin. The server sends files uncompressed, so the
/// numbers are an upper bound of what a compressing host sends.
/// </summary>
[Collection(ThemeCollection.Name)]
public sealed class MeetingPageWeightTests(BrowserSiteFixture site, ITestOutputHelper output)
{
    private const int BudgetBytes = 100 * 1000;

    [Theory]
    [InlineData("møde")]
    [InlineData("møde med alle byggesten")]
    public void The_meeting_page_loads_at_most_100_KB_from_its_own_origin_only(string pageType)
    {
        var driver = site.Driver;
        var meeting = AccessibilityPageTypes.Named(pageType);
        site.Browser.SetViewportWidth(1280);
        driver.ExecuteCdpCommand("Network.enable", []);
        driver.ExecuteCdpCommand("Network.setCacheDisabled", new Dictionary<string, object?> { ["cacheDisabled"] = true });
        try
        {
            driver.Navigate().GoToUrl(meeting.SiteIn(site).Url(meeting.Url));
            var report = (string)driver.ExecuteScript(
                """
                return JSON.stringify({
                  origin: location.origin,
                  entries: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                    .map(e => ({ url: e.name, type: e.initiatorType, transfer: e.transferSize, body: e.encodedBodySize }))
                });
                """)!;
            using var json = JsonDocument.Parse(report);
            var origin = json.RootElement.GetProperty("origin").GetString();
            var entries = json.RootElement.GetProperty("entries").EnumerateArray()
                .Select(e => (Url: e.GetProperty("url").GetString()!, Type: e.GetProperty("type").GetString()!,
                    Bytes: Math.Max(e.GetProperty("transfer").GetInt64(), e.GetProperty("body").GetInt64())))
                .ToList();

            Assert.Contains(entries, e => e.Type == "navigation" && e.Bytes > 3_000);
            Assert.Contains(entries, e => e.Url.EndsWith(".css", StringComparison.Ordinal) && e.Bytes > 1_000);
            var foreign = entries.Where(e => new Uri(e.Url).GetLeftPart(UriPartial.Authority) != origin).ToList();
            Assert.True(foreign.Count == 0, "The meeting page contacts other origins: " + string.Join(", ", foreign.Select(e => e.Url)));
            var fonts = entries.Where(e => e.Url.EndsWith(".woff2", StringComparison.Ordinal) || e.Url.EndsWith(".woff", StringComparison.Ordinal) || e.Url.EndsWith(".ttf", StringComparison.Ordinal)).ToList();
            Assert.True(fonts.Count == 0, "The meeting page loads web fonts: " + string.Join(", ", fonts.Select(e => e.Url)));
            var total = entries.Sum(e => e.Bytes);
            output.WriteLine($"{total:N0} bytes in {entries.Count} requests:");
            entries.ForEach(e => output.WriteLine($"  {e.Bytes,8:N0}  {e.Url}"));
            Assert.True(total <= BudgetBytes,
                $"The meeting page loads {total:N0} bytes, more than {BudgetBytes:N0}:\n" + string.Join("\n", entries.Select(e => $"  {e.Bytes,8:N0}  {e.Url}")));
        }
        finally
        {
            driver.ExecuteCdpCommand("Network.setCacheDisabled", new Dictionary<string, object?> { ["cacheDisabled"] = false });
        }
    }
}
