using System.Diagnostics;
using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Referater.Site.BrowserTests.Support;
using Referater.Site.Tests.Support;

namespace Referater.Site.BrowserTests;

/// <summary>
/// The editor's loop in a real browser: preview open in a tab, a punkt file saved, the tab reloading by itself;
/// an error shown in the tab, and the page back once the file is fixed.
/// </summary>
[Collection(SearchCollection.Name)]
public sealed class PreviewLiveReloadTests : IDisposable
{
    private const string Item12 = "input/beskaeftigelsesudvalget/2026-02-17/12-orientering-om-invitation-til-partnerskabsdag-om-ungeloeftet.md";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _temp = TempDirectory.WithSeedInput();
    private readonly Process _preview;
    private readonly IWebDriver _browser;
    private readonly Uri _root;

    public PreviewLiveReloadTests(BrowserSiteFixture site)
    {
        var port = SiteCommand.FreePort();
        _root = new Uri($"http://127.0.0.1:{port}");
        _preview = Process.Start(SiteCommand.StartInfo(_temp.Path, ["preview", "--port", port.ToString(CultureInfo.InvariantCulture)]))!;
        _preview.BeginOutputReadLine();
        _preview.BeginErrorReadLine();
        site.Browser.ResetViewport();
        _browser = site.Driver;
    }

    private void WaitUntil(Func<IWebDriver, bool> condition, string failure)
    {
        var wait = new WebDriverWait(_browser, Patience) { PollingInterval = TimeSpan.FromMilliseconds(100), Message = failure };
        wait.IgnoreExceptionTypes(typeof(WebDriverException));
        wait.Until(condition);
    }

    private string Heading12 => _browser.FindElement(By.Id("punkt-12-titel")).Text;

    [Fact]
    public void The_open_tab_follows_every_save()
    {
        WaitUntil(browser =>
        {
            browser.Navigate().GoToUrl(new Uri(_root, "/beskaeftigelsesudvalget/2026-02-17/"));
            return browser.Title.Contains("Beskæftigelsesudvalget", StringComparison.Ordinal);
        }, "preview never served the meeting");
        Assert.Contains("Orientering om invitation", Heading12);
        // A mark on this page's window: it is gone only if the tab really reloaded.
        ((IJavaScriptExecutor)_browser).ExecuteScript("window.unchanged = true;");

        var file = _temp.Combine(Item12);
        var good = File.ReadAllText(file);
        File.WriteAllText(file, good.Replace("titel: Orientering om invitation", "titel: Rettet orientering om invitation"));
        WaitUntil(_ => Heading12.Contains("Rettet orientering om invitation"), "the tab did not reload with the edit");
        Assert.Null(((IJavaScriptExecutor)_browser).ExecuteScript("return window.unchanged;"));

        File.WriteAllText(file, good.Replace("sagsnummer: 15.00.00-P20-1-25", "sagsnummer: 99"));
        WaitUntil(browser => browser.FindElement(By.TagName("h1")).Text.Contains("Indholdet har 1 fejl"), "the error was not shown in the tab");
        Assert.Contains($"{Item12}:4:1", _browser.FindElement(By.TagName("main")).Text);
        Assert.Contains("'99' er ikke et gyldigt sagsnummer", _browser.FindElement(By.TagName("main")).Text);

        File.WriteAllText(file, good);
        WaitUntil(_ => Heading12.Contains("Orientering om invitation") && !Heading12.Contains("Rettet"), "the fixed page did not come back");
    }

    [Fact]
    public void Search_works_in_preview_and_finds_an_edit()
    {
        // The index is built in the background after start: the search page finds the seeds once it is there.
        WaitUntil(browser => SearchFinds(browser, "ungeløftet", "/beskaeftigelsesudvalget/2026-02-17/#punkt-12"), "preview's search never found the seed punkt");

        var file = _temp.Combine(Item12);
        File.WriteAllText(file, File.ReadAllText(file).Replace("titel: Orientering om invitation", "titel: Zebraflodhest og orientering om invitation"));

        WaitUntil(browser => SearchFinds(browser, "zebraflodhest", "/beskaeftigelsesudvalget/2026-02-17/#punkt-12"), "preview's search did not find the edited title");
        Assert.Contains("Beslutning:", _browser.FindElement(By.CssSelector("#soeg-resultater .search-result__decision")).Text);
    }

    /// <summary>Opens the search page for a word and tells whether a result links to the punkt (false while the index is not ready).</summary>
    private bool SearchFinds(IWebDriver browser, string word, string punkt)
    {
        browser.Navigate().GoToUrl(new Uri(_root, "/soeg/?q=" + Uri.EscapeDataString(word)));
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var status = browser.FindElement(By.Id("soeg-status")).Text;
            if (status.Length > 0 && !status.StartsWith("Søger", StringComparison.Ordinal))
            {
                return browser.FindElements(By.CssSelector($"#soeg-resultater a[href='{punkt}']")).Count > 0;
            }
            Thread.Sleep(100);
        }
        return false;
    }

    public void Dispose()
    {
        if (!_preview.HasExited)
        {
            _preview.Kill(entireProcessTree: true);
            _preview.WaitForExit(5000);
        }
        _preview.Dispose();
        _temp.Dispose();
    }
}
