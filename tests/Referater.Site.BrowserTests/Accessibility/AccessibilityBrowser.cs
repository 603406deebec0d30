using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Referater.Site.BrowserTests.Accessibility;

/// <summary>
/// Debian's headless Chromium driven by Debian's chromedriver, both named by path: nothing is downloaded, and a
/// machine without them fails the tests instead of skipping them.
/// </summary>
public static class AccessibilityBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromedriverPath = "/usr/bin/chromedriver";

    public static ChromeDriver Start(string userDataDirectory, int width = 1280, int height = 900)
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: run 'bash tests/run.sh' (it installs chromium and chromium-driver).");
        Assert.True(File.Exists(ChromedriverPath), $"chromedriver is missing at {ChromedriverPath}: run 'bash tests/run.sh' (it installs chromium and chromium-driver).");
        // Selenium Manager must not try to fetch a driver or browser of its own.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromedriverPath)!, Path.GetFileName(ChromedriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            $"--user-data-dir={userDataDirectory}", $"--window-size={width},{height}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        return driver;
    }

    /// <summary>Sets the viewport (not the window) to a width, as a phone or a desktop screen has it.</summary>
    public static void SetViewportWidth(ChromeDriver driver, int width, int height = 900)
    {
        driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = width < 600,
        });
    }
}
