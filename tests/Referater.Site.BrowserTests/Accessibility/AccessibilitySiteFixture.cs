using OpenQA.Selenium.Chrome;
using Referater.Site.Pipeline;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.BrowserTests.Accessibility;

/// <summary>The seed site and the showcase site built into a temp folder, each served over HTTP, and one Chromium to look at them.</summary>
public sealed class AccessibilitySiteFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private AccessibilityStaticServer? _server;
    private AccessibilityStaticServer? _showcaseServer;
    private ChromeDriver? _driver;

    public string Output => _temp.Combine("output");

    public string ShowcaseOutput => _temp.Combine("showcase-output");

    public AccessibilityStaticServer Server => _server ?? throw new InvalidOperationException("The fixture is not started.");

    public string OutputOf(AccessibilityPageType page) => page.Showcase ? ShowcaseOutput : Output;

    public AccessibilityStaticServer ServerOf(AccessibilityPageType page) =>
        (page.Showcase ? _showcaseServer : _server) ?? throw new InvalidOperationException("The fixture is not started.");

    public ChromeDriver Driver => _driver ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>axe-core as pinned in package.json; tests/run.sh installs it with npm ci.</summary>
    public string AxeSource { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var axe = Path.Combine(Repository.Root, "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), $"axe-core is missing at {axe}: run 'npm ci' (or 'bash tests/run.sh').");
        AxeSource = await File.ReadAllTextAsync(axe);

        await BuildAsync(Repository.SeedInput, Output);
        await BuildAsync(AccessibilityShowcaseSite.WriteInput(_temp), ShowcaseOutput);

        _server = await AccessibilityStaticServer.StartAsync(Output);
        _showcaseServer = await AccessibilityStaticServer.StartAsync(ShowcaseOutput);
        _driver = AccessibilityBrowser.Start(_temp.Combine("chromium-profile"));
    }

    private static async Task BuildAsync(string input, string output)
    {
        var diagnostics = new DiagnosticBag();
        var result = await new BuildPipeline().RunAsync(new BuildOptions(input, output), diagnostics);
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
    }

    public async Task DisposeAsync()
    {
        _driver?.Quit();
        _driver?.Dispose();
        foreach (var server in new[] { _server, _showcaseServer }.OfType<AccessibilityStaticServer>())
        {
            await server.DisposeAsync();
        }
        _temp.Dispose();
    }
}
