using OpenQA.Selenium.Chrome;
using Referater.Site.Pipeline;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.BrowserTests.Accessibility;

/// <summary>The seed site built into a temp folder, served over HTTP, and one Chromium to look at it.</summary>
public sealed class AccessibilitySiteFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private AccessibilityStaticServer? _server;
    private ChromeDriver? _driver;

    public string Output => _temp.Combine("output");

    public AccessibilityStaticServer Server => _server ?? throw new InvalidOperationException("The fixture is not started.");

    public ChromeDriver Driver => _driver ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>axe-core as pinned in package.json; tests/run.sh installs it with npm ci.</summary>
    public string AxeSource { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var axe = Path.Combine(Repository.Root, "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), $"axe-core is missing at {axe}: run 'npm ci' (or 'bash tests/run.sh').");
        AxeSource = await File.ReadAllTextAsync(axe);

        var diagnostics = new DiagnosticBag();
        var result = await new BuildPipeline().RunAsync(new BuildOptions(Repository.SeedInput, Output), diagnostics);
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));

        _server = await AccessibilityStaticServer.StartAsync(Output);
        _driver = AccessibilityBrowser.Start(_temp.Combine("chromium-profile"));
    }

    public async Task DisposeAsync()
    {
        _driver?.Quit();
        _driver?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        _temp.Dispose();
    }
}
