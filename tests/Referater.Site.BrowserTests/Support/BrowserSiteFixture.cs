using OpenQA.Selenium.Chrome;
using Referater.Site.Tests.Support;

namespace Referater.Site.BrowserTests.Support;

/// <summary>
/// One headless Chromium for a collection of browser tests, and the <see cref="BuiltSites"/> it looks at. The tests of
/// a collection share the browser and so run one after another; the two collections run side by side, one browser on
/// each of the machine's two cores.
/// </summary>
public sealed class BrowserSiteFixture : IAsyncLifetime
{
    private readonly Lazy<string> _axeSource = new(ReadAxeSource);
    private SiteServer? _seed;
    private SiteServer? _showcase;
    private Browser? _browser;

    /// <summary>The seed site: the two real meetings.</summary>
    public SiteServer Seed => _seed ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>The showcase site: every building block the seeds do not use.</summary>
    public SiteServer Showcase => _showcase ?? throw new InvalidOperationException("The fixture is not started.");

    public Browser Browser => _browser ?? throw new InvalidOperationException("The fixture is not started.");

    public ChromeDriver Driver => Browser.Driver;

    /// <summary>axe-core as pinned in package.json; tests/run.sh installs it with npm ci.</summary>
    public string AxeSource => _axeSource.Value;

    public async Task InitializeAsync()
    {
        _browser = new Browser();
        (_seed, _showcase) = await BuiltSites.AcquireAsync();
    }

    /// <summary>Opens a page of the seed site by its path and query (<c>/soeg/?q=…</c>) on a desktop screen.</summary>
    public void Open(string pathAndQuery)
    {
        Browser.ResetViewport();
        Driver.Navigate().GoToUrl(Seed.Url(pathAndQuery));
    }

    public async Task DisposeAsync()
    {
        _browser?.Dispose();
        if (_seed is not null)
        {
            await BuiltSites.ReleaseAsync();
        }
    }

    private static string ReadAxeSource()
    {
        var axe = Path.Combine(Repository.Root, "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), $"axe-core is missing at {axe}: run 'npm ci' (or 'bash tests/run.sh').");
        return File.ReadAllText(axe);
    }
}

/// <summary>Every page type of the theme: accessibility, print, weight and screenshots.</summary>
[CollectionDefinition(Name)]
public sealed class ThemeCollection : ICollectionFixture<BrowserSiteFixture>
{
    public const string Name = "Theme in Chromium";
}

/// <summary>The search page, and the preview's live reload (which serves a site of its own).</summary>
[CollectionDefinition(Name)]
public sealed class SearchCollection : ICollectionFixture<BrowserSiteFixture>
{
    public const string Name = "Search and preview in Chromium";
}
