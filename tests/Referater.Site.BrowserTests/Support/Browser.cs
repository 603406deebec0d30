using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Referater.Site.BrowserTests.Support;

/// <summary>
/// Debian's Chromium, headless, with a fresh profile, driven by Debian's chromedriver. Both are named by path, so
/// nothing is looked for or downloaded, and a machine without them fails the tests instead of skipping them.
/// </summary>
public sealed class Browser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromedriverPath = "/usr/bin/chromedriver";

    private const int DefaultWidth = 1280;
    private const int DefaultHeight = 900;

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "referater-chromium", Guid.NewGuid().ToString("N"));

    public Browser()
    {
        Require(ChromiumPath);
        Require(ChromedriverPath);
        // Selenium Manager must not try to fetch a driver or browser of its own.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromedriverPath)!, Path.GetFileName(ChromedriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            $"--window-size={DefaultWidth},{DefaultHeight}", $"--user-data-dir={_profile}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    public ChromeDriver Driver { get; }

    /// <summary>Sets the viewport (not the window) to a width, as a phone or a desktop screen has it.</summary>
    public void SetViewportWidth(int width, int height = DefaultHeight) =>
        Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = width < 600,
        });

    /// <summary>A desktop screen again: the state a test sharing this browser starts from, whatever the one before left.</summary>
    public void ResetViewport() => SetViewportWidth(DefaultWidth);

    /// <summary>Waits for a condition the page reaches by itself (a search answered); fails the test after a generous limit.</summary>
    public T WaitFor<T>(Func<IWebDriver, T> condition, string what)
    {
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(30)) { Message = $"Ventede forgæves på: {what}" };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    /// <summary>What the page wrote to the console since the last call (CSP violations, script errors).</summary>
    public IReadOnlyList<string> ConsoleMessages() =>
        Driver.Manage().Logs.GetLog(LogType.Browser).Select(entry => $"{entry.Level}: {entry.Message}").ToList();

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of its profile; the temp folder is cleaned later.
        }
    }

    private static void Require(string program)
    {
        if (!File.Exists(program))
        {
            throw new InvalidOperationException(
                $"{program} findes ikke. Browsertestene kræver Debians chromium og chromium-driver: apt-get install chromium chromium-driver (tests/run.sh gør det som root).");
        }
    }
}
