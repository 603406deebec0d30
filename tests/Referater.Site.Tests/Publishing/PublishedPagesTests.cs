using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Publishing;

/// <summary>What the pages say about the feeds and data, the sitemap, and what no published file may hold.</summary>
public sealed class PublishedPagesTests(PublishingSiteFixture site) : IClassFixture<PublishingSiteFixture>
{
    [Theory]
    [InlineData("index.html", "/feed.xml")]
    [InlineData("beskaeftigelsesudvalget/index.html", "/beskaeftigelsesudvalget/feed.xml")]
    [InlineData("beskaeftigelsesudvalget/2026-02-17/index.html", "/beskaeftigelsesudvalget/feed.xml")]
    [InlineData("byraadet/2026-03-01/index.html", "/byraadet/feed.xml")]
    public void Pages_advertise_their_feed_and_show_a_visible_follow_link(string page, string feed)
    {
        var document = new HtmlParser().ParseDocument(site.Read(page));
        var alternate = Assert.Single(document.QuerySelectorAll("head link[rel=alternate]"));
        Assert.Equal("application/atom+xml", alternate.GetAttribute("type"));
        Assert.Equal(feed, alternate.GetAttribute("href"));
        Assert.Contains("type=\"application/atom+xml\"", site.Read(page));
        var follow = document.QuerySelectorAll(".follow a").Single(a => a.GetAttribute("href") == feed);
        // Said in a citizen's words, the format after it as secondary text.
        Assert.StartsWith("Få besked om nye ", follow.TextContent);
        Assert.Contains("feed", follow.ParentElement!.QuerySelector(".follow__format")!.TextContent);
        foreach (var link in document.QuerySelectorAll(".follow a"))
        {
            Assert.True(site.Exists(link.GetAttribute("href")!.TrimStart('/')), $"{page} links to {link.GetAttribute("href")}, which was not built.");
        }
    }

    [Fact]
    public void The_front_page_keeps_coming_meetings_apart_from_the_latest_minutes()
    {
        var document = new HtmlParser().ParseDocument(site.Read("index.html"));
        var coming = document.QuerySelector("section[aria-labelledby=kommende-overskrift]")!;
        Assert.Equal("Kommende møder", coming.QuerySelector("h2")!.TextContent);
        Assert.Equal(["/beskaeftigelsesudvalget/2026-06-09/"], coming.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("tirsdag d. 9. juni 2026 kl. 16:00", coming.TextContent);
        var latest = document.QuerySelector("section[aria-labelledby=seneste-overskrift]")!;
        Assert.Equal("Seneste referater", latest.QuerySelector("h2")!.TextContent);
        Assert.DoesNotContain("/beskaeftigelsesudvalget/2026-06-09/", latest.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // Following and data in a citizen's words, the format after it.
        Assert.Equal(["Få besked om nye referater", "Hent alle punkter som regneark", "Hent alle møder som data"],
            document.QuerySelectorAll(".follow a").Select(a => a.TextContent));
        Assert.Equal([" (feed til en nyhedslæser)", " (CSV, åbner i Excel)", " (JSON)"], document.QuerySelectorAll(".follow__format").Select(f => f.TextContent));
    }

    [Fact]
    public void An_agenda_says_in_the_overview_that_its_punkter_are_not_yet_treated()
    {
        var overview = new HtmlParser().ParseDocument(site.Read("beskaeftigelsesudvalget/2026-06-09/index.html")).GetElementById("overblik")!;
        Assert.Equal("Punkter på dagsordenen", overview.QuerySelector("h2")!.TextContent);
        Assert.All(overview.QuerySelectorAll(".overview__outcome"), o => Assert.Equal("Dagsorden: endnu ikke behandlet", o.TextContent));
    }

    [Fact]
    public void Weekdays_are_lower_case_in_running_titles()
    {
        var committee = new HtmlParser().ParseDocument(site.Read("beskaeftigelsesudvalget/index.html"));
        Assert.Contains("Referat tirsdag d. 17. februar 2026 kl. 13:30", committee.QuerySelectorAll(".meeting-list a").Select(a => a.TextContent));
        Assert.Contains("møde tirsdag d. 17. februar 2026", new HtmlParser().ParseDocument(site.Read("beskaeftigelsesudvalget/2026-02-17/index.html"))
            .QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void The_case_list_is_open_data_too()
    {
        using var json = JsonDocument.Parse(site.Read("data/sager.json"));
        var cases = json.RootElement.GetProperty("sager").EnumerateArray().ToList();
        var reform = cases.Single(c => c.GetProperty("sagsnummer").GetString() == "15.00.00-A00-3-25");
        Assert.Equal($"{PublishingSiteFixture.BaseUrl}/sager/15.00.00-A00-3-25/", reform.GetProperty("url").GetString());
        Assert.Equal("15", reform.GetProperty("kle_hovedgruppe").GetString());
        Assert.DoesNotContain(PublishingSiteFixture.Secret, site.Read("data/sager.json"));
    }

    [Fact]
    public void A_meeting_page_offers_the_committees_calendar_and_its_own_data()
    {
        var links = new HtmlParser().ParseDocument(site.Read("beskaeftigelsesudvalget/2026-02-17/index.html"))
            .QuerySelectorAll(".follow a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/beskaeftigelsesudvalget/moeder.ics", links);
        Assert.Contains("/beskaeftigelsesudvalget/2026-02-17/index.json", links);
    }

    [Fact]
    public void The_sitemap_lists_every_page_and_robots_txt_names_it()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(site.Read("sitemap.xml")).Root!;
        Assert.Equal(ns + "urlset", sitemap.Name);
        var listed = sitemap.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();

        // Every HTML file but the 404 page and the /was redirect is a page a search engine should find.
        Assert.True(site.Exists("was/index.html"));
        var pages = site.Files("*.html")
            .Where(f => f is not "404.html" and not "was/index.html")
            .Select(f => PublishingSiteFixture.BaseUrl + "/" + (f == "index.html" ? "" : f[..^"index.html".Length]))
            .Order(StringComparer.Ordinal);
        Assert.Equal(pages, listed);
        Assert.Contains(PublishingSiteFixture.BaseUrl + "/beskaeftigelsesudvalget/2026-06-09/", listed);

        Assert.Contains("Sitemap: https://referater.testrup.dk/sitemap.xml", site.Read("robots.txt").Split('\n'));
    }

    [Fact]
    public void No_published_file_holds_what_a_closed_punkt_keeps_private()
    {
        var leaks = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains(PublishingSiteFixture.Secret, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(site.Output, f))
            .ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_give_the_same_files_byte_for_byte()
    {
        using var again = new TempDirectory();
        var diagnostics = new Referater.Site.Validation.DiagnosticBag();
        var result = await new Referater.Site.Pipeline.BuildPipeline().RunAsync(new(site.Site.Input, again.Combine("output")), diagnostics);
        Assert.True(result.Succeeded);
        foreach (var file in site.Files("*"))
        {
            Assert.True(site.Bytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(again.Combine("output", file))), $"{file} differs between two builds.");
        }
    }

    [Fact]
    public void The_feed_links_in_the_data_point_at_built_files()
    {
        var meeting = JsonDocument.Parse(site.Read("beskaeftigelsesudvalget/2026-02-17/index.json")).RootElement;
        var links = meeting.GetProperty("links").EnumerateObject()
            .Concat(meeting.GetProperty("punkter").EnumerateArray().SelectMany(p => p.GetProperty("links").EnumerateObject()))
            // "sag" is the case page, which the case pages' own output source builds.
            .Where(link => link.Value.ValueKind == JsonValueKind.String && link.Name != "sag")
            .ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.True(site.Exists(FileOf(link.Value.GetString()!)), $"{link.Name} points at {link.Value}, which was not built.");
        }
    }

    /// <summary>The output file an absolute URL of the site is served from.</summary>
    private static string FileOf(string url)
    {
        var path = new Uri(url).AbsolutePath.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
