using OpenQA.Selenium.Chrome;

namespace Referater.Site.BrowserTests;

/// <summary>Debian's Chromium, headless, with a fresh profile; its driver is the system's chromedriver (nothing is downloaded).</summary>
public static class Chromium
{
    public const string Binary = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public static ChromeDriver Start(string profileDirectory)
    {
        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profileDirectory}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
