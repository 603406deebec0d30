using Referater.Site.BrowserTests.Support;

namespace Referater.Site.BrowserTests.Accessibility;

/// <summary>
/// One kind of page of the site, the address the tests open for it, the file that answers it, and whether the site
/// must have it yet. A <c>*</c> in the file stands for the first folder the build wrote there (any one case page).
/// </summary>
/// <param name="Showcase">The page is in <see cref="ShowcaseSite"/>, not in the seed site.</param>
public sealed record AccessibilityPageType(string Name, string Url, string File, bool Required, string? WaitFor = null, bool Showcase = false)
{
    /// <summary>The served site this page type is in: the seed site or the showcase site.</summary>
    public SiteServer SiteIn(BrowserSiteFixture site) => Showcase ? site.Showcase : site.Seed;

    /// <summary>The address and file of this page type in a built site, or null when the site has no such page.</summary>
    public (string Url, string File)? In(string output)
    {
        if (!File.Contains('*'))
        {
            return System.IO.File.Exists(Path.Combine(output, File)) ? (Url, File) : null;
        }
        var parent = Path.Combine(output, Path.GetDirectoryName(Path.GetDirectoryName(File))!);
        var folder = Directory.Exists(parent)
            ? Directory.EnumerateDirectories(parent).Order(StringComparer.Ordinal).FirstOrDefault(d => System.IO.File.Exists(Path.Combine(d, "index.html")))
            : null;
        if (folder is null)
        {
            return null;
        }
        var name = Path.GetFileName(folder);
        return (Url.Replace("*", Uri.EscapeDataString(name)), File.Replace("*", name));
    }
}

/// <summary>Every page type of the seed site. Page types a later part of the site adds are tested as soon as the build writes them.</summary>
public static class AccessibilityPageTypes
{
    public static readonly IReadOnlyList<AccessibilityPageType> All =
    [
        new("forside", "/", "index.html", Required: true),
        new("udvalg", "/beskaeftigelsesudvalget/", "beskaeftigelsesudvalget/index.html", Required: true),
        new("møde", "/beskaeftigelsesudvalget/2026-02-17/", "beskaeftigelsesudvalget/2026-02-17/index.html", Required: true),
        new("404", "/findes-ikke/", "404.html", Required: true),
        new("møde med alle byggesten", ShowcaseSite.MeetingUrl, "byraadet/2026-03-03/index.html", Required: true, Showcase: true),
        new("sagsoversigt", "/sager/", "sager/index.html", Required: true),
        new("sag", "/sager/15.00.00-A00-3-25/", "sager/15.00.00-A00-3-25/index.html", Required: true),
        new("søgning", "/soeg/?q=besk%C3%A6ftigelse", "soeg/index.html", Required: true, WaitFor: ".search-results > li"),
        new("søgning efter sagsnummer", "/soeg/?q=15.00.00-A00-3-25", "soeg/index.html", Required: true, WaitFor: "#soeg-sager:not([hidden]) li"),
        new("rettelser", "/rettelser/", "rettelser/index.html", Required: true, Showcase: true),
    ];

    public static TheoryData<string, int> ByWidth()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in All)
        {
            data.Add(page.Name, 1280);
            data.Add(page.Name, 375);
        }
        return data;
    }

    public static AccessibilityPageType Named(string name) => All.Single(p => p.Name == name);
}
