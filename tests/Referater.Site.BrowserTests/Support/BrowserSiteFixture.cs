using Referater.Site.Pipeline;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.BrowserTests.Support;

/// <summary>
/// The seed site built with its search index, served on 127.0.0.1 and opened in headless Chromium: built once
/// and shared by every browser test class in the <see cref="BrowserCollection"/>.
/// </summary>
public sealed class BrowserSiteFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private SiteServer? _server;
    private Browser? _browser;

    public string Output => _temp.Combine("output");

    public SiteServer Server => _server ?? throw new InvalidOperationException("The fixture is not started.");

    public Browser Browser => _browser ?? throw new InvalidOperationException("The fixture is not started.");

    public async Task InitializeAsync()
    {
        var diagnostics = new DiagnosticBag();
        var result = await new BuildPipeline().RunAsync(new BuildOptions(Repository.SeedInput, Output) { Search = true }, diagnostics);
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
        _server = await SiteServer.StartAsync(Output);
        _browser = new Browser();
    }

    /// <summary>A built file of the site as text (<c>soeg/index.html</c>).</summary>
    public string Raw(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    /// <summary>Opens a page of the site by its path and query (<c>/soeg/?q=…</c>).</summary>
    public void Open(string pathAndQuery) => Browser.Driver.Navigate().GoToUrl(Server.UrlOf(pathAndQuery));

    public async Task DisposeAsync()
    {
        _browser?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        _temp.Dispose();
    }
}

/// <summary>Browser tests share one built site, one server and one browser, and so run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSiteFixture>
{
    public const string Name = "Browser";
}
