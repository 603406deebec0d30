using AngleSharp.Dom;
using Referater.Site.Tests.Rendering;

namespace Referater.Site.Tests.Linking;

/// <summary>A case followed across meetings and committees: its page, the list of cases, and the punkt's own timeline.</summary>
public sealed class CasePageTests(CaseCorpus corpus) : IClassFixture<CaseCorpus>
{
    private static string CaseUrl(string number) => $"/sager/{number}/";

    private static List<string?> Hrefs(IEnumerable<IElement> links) => links.Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public void The_case_page_lists_every_public_treatment_newest_first_across_committees()
    {
        var page = corpus.Page(CaseUrl(CaseCorpus.RecurringCase));
        Assert.Equal(
            [
                "/byraadet/2020-03-03/#punkt-7",
                "/beskaeftigelsesudvalget/2020-02-19/#punkt-14",
                "/beskaeftigelsesudvalget/2020-01-29/#punkt-4",
                "/beskaeftigelsesudvalget/2014-04-02/#punkt-40",
            ],
            Hrefs(page.QuerySelectorAll(".case-timeline h3 a")));
        var items = page.QuerySelectorAll(".case-timeline__item");
        Assert.Contains("3. marts 2020", items[0].TextContent);
        Assert.Contains("Byrådet · punkt 7", items[0].TextContent);
        Assert.Equal("Beslutning: Rammen blev godkendt.", items[0].QuerySelector(".case-timeline__decision")!.TextContent);
        // A long decision shows its first lines.
        Assert.Equal("Beslutning: Status blev taget til efterretning. Udvalget ønsker en ny status. Den skal komme i februar …",
            items[2].QuerySelector(".case-timeline__decision")!.TextContent);
        // The heading is the case's title; its number is a fact beside it.
        Assert.Equal("Ungeindsats, ramme", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(CaseCorpus.RecurringCase, page.QuerySelector(".case-facts")!.TextContent);
    }

    [Fact]
    public void A_closed_punkt_never_shows_with_its_case_number()
    {
        Assert.False(Directory.Exists(Path.Combine(corpus.Output, "sager", CaseCorpus.SecretCase)));
        Assert.DoesNotContain(corpus.AllOutputText(), text => text.Contains(CaseCorpus.SecretCase));
        // The closed punkt is on its meeting's page (number, title, public decision), but on no case's timeline.
        Assert.DoesNotContain("/byraadet/2020-03-03/#punkt-8", corpus.Page($"/sager/{CaseCorpus.RecurringCase}/").DocumentElement.OuterHtml);
        var closed = corpus.Page("/byraadet/2020-03-03/").GetElementById("punkt-8")!;
        Assert.DoesNotContain(CaseCorpus.RecurringCase, closed.TextContent);
        Assert.Null(closed.QuerySelector(".case-history"));
    }

    [Fact]
    public void Each_punkt_links_its_case_and_its_earlier_and_later_treatments()
    {
        var punkt = corpus.Page("/beskaeftigelsesudvalget/2020-02-19/").GetElementById("punkt-14")!;
        Assert.Equal(CaseUrl(CaseCorpus.RecurringCase), punkt.QuerySelector(".punkt__facts a")!.GetAttribute("href"));
        var history = punkt.QuerySelector(".case-history")!;
        Assert.Equal("Sagens forløb", history.QuerySelector("h3")!.TextContent);
        Assert.Equal(
            [
                "/beskaeftigelsesudvalget/2014-04-02/#punkt-40",
                "/beskaeftigelsesudvalget/2020-01-29/#punkt-4",
                "/byraadet/2020-03-03/#punkt-7",
                CaseUrl(CaseCorpus.RecurringCase),
            ],
            Hrefs(history.QuerySelectorAll("a")));
        Assert.Equal("Dette punkt", history.QuerySelector("[aria-current]")!.TextContent);
        Assert.Equal(2, history.QuerySelector("[aria-current]")!.ParentElement!.Children.Index(history.QuerySelector("[aria-current]")!));
    }

    [Fact]
    public void A_case_treated_once_has_no_timeline_on_its_punkt()
    {
        var punkt = corpus.Page("/beskaeftigelsesudvalget/2020-01-29/").GetElementById("punkt-3")!;
        Assert.Equal(CaseUrl("00.30.00-S00-1-20"), punkt.QuerySelector(".punkt__facts a")!.GetAttribute("href"));
        Assert.Null(punkt.QuerySelector(".case-history"));
    }

    [Fact]
    public void The_list_of_cases_groups_by_subject_in_words_with_other_numbers_last()
    {
        var page = corpus.Page("/sager/");
        Assert.Equal(["kle-00", "kle-15", "andre-sagsnumre"], page.QuerySelectorAll("section.case-group").Select(s => s.Id));
        Assert.Equal(["Kommunens styrelse · KLE 00", "Arbejdsmarked og beskæftigelsesindsats · KLE 15", "Andre sagsnumre"],
            page.QuerySelectorAll("section.case-group h2").Select(h => h.TextContent));

        var card = page.QuerySelectorAll("#kle-15 .case-card").Single(c => c.GetAttribute("data-case")!.EndsWith(CaseCorpus.RecurringCase, StringComparison.Ordinal));
        Assert.Equal("Ungeindsats, ramme", card.QuerySelector("a.case-card__title")!.TextContent);
        Assert.Equal(CaseUrl(CaseCorpus.RecurringCase), card.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Seneste beslutning: Rammen blev godkendt.", card.QuerySelector(".case-card__decision")!.TextContent);
        Assert.Equal($"Sag {CaseCorpus.RecurringCase} · 4 behandlinger · senest 3. marts 2020 i Byrådet", card.QuerySelector(".case-card__meta")!.TextContent);
        // No emne names are configured: no headings that are only numbers, and no table to scroll sideways.
        Assert.Empty(page.QuerySelectorAll("#kle-15 h3"));
        Assert.Empty(page.QuerySelectorAll("table"));

        var other = Assert.Single(page.QuerySelectorAll("#andre-sagsnumre .case-card"));
        Assert.Equal("/sager/20-4282/", other.QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith("Sag 20/4282 ·", other.QuerySelector(".case-card__meta")!.TextContent);
        Assert.Contains("/byraadet/2020-03-03/#punkt-9", Hrefs(corpus.Page("/sager/20-4282/").QuerySelectorAll(".case-timeline a")));
    }

    [Fact]
    public void The_filter_box_waits_for_its_script_and_every_case_carries_what_it_filters_by()
    {
        var page = corpus.Page("/sager/");
        var filter = page.GetElementById("sagsfilter")!;
        Assert.True(filter.HasAttribute("hidden"), "Without JavaScript a filter box would do nothing: it is shown by its script.");
        Assert.NotNull(page.QuerySelector($"label[for='{filter.QuerySelector("input")!.Id}']"));
        Assert.Matches(@"^/assets/js/case-filter\.[0-9a-f]{10}\.js$", page.QuerySelector("script[type=module]")!.GetAttribute("src"));
        Assert.All(page.QuerySelectorAll(".case-card"), card => Assert.Contains(card.QuerySelector("a")!.TextContent, card.GetAttribute("data-case")));
    }

    [Fact]
    public void A_case_page_can_be_followed_and_describes_itself_as_data()
    {
        var page = corpus.Page($"/sager/{CaseCorpus.RecurringCase}/");
        var feed = page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")!;
        Assert.Equal($"/sager/{CaseCorpus.RecurringCase}/feed.xml", feed);
        Assert.True(File.Exists(Path.Combine(corpus.Output, feed.TrimStart('/'))));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == feed && a.TextContent.StartsWith("Få besked", StringComparison.Ordinal));
        var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("ItemList", json.GetProperty("@type").GetString());
        Assert.Equal(page.QuerySelectorAll(".case-timeline__item").Length, json.GetProperty("numberOfItems").GetInt32());
    }
}

/// <summary>The seed referater's cases.</summary>
public sealed class SeedCaseTests(SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    [Fact]
    public void The_reform_case_lists_punkt_10_and_11_of_17_February_2026()
    {
        var page = site.Page("sager/15.00.00-A00-3-25/index.html");
        Assert.Equal(
            ["/beskaeftigelsesudvalget/2026-02-17/#punkt-11", "/beskaeftigelsesudvalget/2026-02-17/#punkt-10"],
            page.QuerySelectorAll(".case-timeline h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_seed_cases_are_grouped_under_their_KLE_main_groups()
    {
        var page = site.Page("sager/index.html");
        Assert.Equal(["kle-00", "kle-15", "kle-17", "kle-27"], page.QuerySelectorAll("section.case-group").Select(s => s.Id));
        // Most recently treated first.
        Assert.Equal(["/sager/00.00.00-P19-7-25/", "/sager/00.00.00-P19-1719-10/", "/sager/00.00.00-P19-662-17/"],
            page.QuerySelectorAll("#kle-00 .case-card > a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/sager/17.27.12-A00-1-25/"], page.QuerySelectorAll("#kle-17 .case-card > a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/sager/27.00.00-P20-7-23/"], page.QuerySelectorAll("#kle-27 .case-card > a").Select(a => a.GetAttribute("href")));
        Assert.Equal(13, page.QuerySelectorAll(".case-card").Length);
    }

    [Fact]
    public void A_punkt_of_a_recurring_seed_case_links_the_other_treatment()
    {
        var punkt = site.Page("beskaeftigelsesudvalget/2026-02-17/index.html").GetElementById("punkt-10")!;
        Assert.Equal("/sager/15.00.00-A00-3-25/", punkt.QuerySelector(".punkt__facts a")!.GetAttribute("href"));
        Assert.Equal(["/beskaeftigelsesudvalget/2026-02-17/#punkt-11", "/sager/15.00.00-A00-3-25/"],
            punkt.QuerySelectorAll(".case-history a").Select(a => a.GetAttribute("href")));
    }
}

/// <summary>Two case numbers that would share one case page are an error the editor must resolve.</summary>
public sealed class CaseAddressTests
{
    [Fact]
    public async Task Case_numbers_that_share_an_address_are_reported_at_the_key()
    {
        using var site = new Support.TestSite(Support.TestSite.DefaultConfig + "\nsagsnummer_mønster: '^\\d{2}[/-]\\d+$'\n")
            .Meeting("beskaeftigelsesudvalget", "2026-02-17")
            .Item("beskaeftigelsesudvalget", "2026-02-17", "01-a.md", Support.TestSite.ItemText(1, "A", "20/4282"))
            .Item("beskaeftigelsesudvalget", "2026-02-17", "02-b.md", Support.TestSite.ItemText(2, "B", "20-4282"));
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var error = Assert.Single(diagnostics, d => d.Severity == Referater.Site.Validation.Severity.Error);
        Assert.Equal(("RS0052", 4), (error.Code, error.Line));
        Assert.EndsWith("02-b.md", error.File);
        Assert.Contains("'20-4282' får samme adresse (/sager/20-4282/) som '20/4282'", error.Message);
    }
}
