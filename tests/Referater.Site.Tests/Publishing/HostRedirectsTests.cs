using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Publishing;

/// <summary>The /was redirect is written from site.yml into the published folder, so the statement's address lives in one place.</summary>
public sealed class HostRedirectsTests
{
    [Fact]
    public async Task Was_redirects_to_the_statement_in_site_yml()
    {
        using var site = new TestSite(TestSite.DefaultConfig + "\ntilgængelighedserklæring: https://www.was.digst.dk/testrup\n")
            .Meeting("byraadet", "2026-02-17")
            .Item("byraadet", "2026-02-17", "1-punkt.md", TestSite.ItemText(1, "Orientering"));
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
        var rules = site.ReadOutput("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Contains(["/was", "https://www.was.digst.dk/testrup", "302!"], rules);
        Assert.Contains(["/was/", "https://www.was.digst.dk/testrup", "302!"], rules);
    }

    [Fact]
    public async Task No_statement_no_redirect_file()
    {
        using var site = new TestSite()
            .Meeting("byraadet", "2026-02-17")
            .Item("byraadet", "2026-02-17", "1-punkt.md", TestSite.ItemText(1, "Orientering"));
        var (result, _) = await site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "_redirects")));
    }
}
