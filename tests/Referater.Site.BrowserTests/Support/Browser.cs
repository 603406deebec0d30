using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Referater.Site.BrowserTests.Support;

/// <summary>
/// Debian's Chromium, headless, driven through Debian's chromedriver. Both are found on the PATH (or in /usr/bin);
/// nothing is downloaded, and a missing browser fails the tests instead of skipping them.
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly string _profile = Path.Combine(Path.GetTempPath(), "referater-chromium", Guid.NewGuid().ToString("N"));

    public Browser()
    {
        var chromium = Find("chromium") ?? throw new InvalidOperationException(
            "Chromium findes ikke. Browsertestene kræver Debians chromium og chromium-driver: apt-get install chromium chromium-driver (tests/run.sh gør det som root).");
        var chromedriver = Find("chromedriver") ?? throw new InvalidOperationException(
            "chromedriver findes ikke. Installer Debians chromium-driver: apt-get install chromium-driver.");
        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
            $"--user-data-dir={_profile}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        // The driver's path is given, so Selenium Manager never looks for (or downloads) one.
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(chromedriver)!, Path.GetFileName(chromedriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public ChromeDriver Driver { get; }

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

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/bin")
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
