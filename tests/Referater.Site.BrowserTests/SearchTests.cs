using OpenQA.Selenium;
using Referater.Site.BrowserTests.Support;
using Referater.Site.Tests.Support;

namespace Referater.Site.BrowserTests;

/// <summary>The search page in real Chromium against the seed site and its Pagefind index, under the site's CSP.</summary>
[Collection(SearchCollection.Name)]
public sealed class SearchTests(BrowserSiteFixture site)
{
    private const string Meeting2026 = "/beskaeftigelsesudvalget/2026-02-17/";
    private const string Meeting2023 = "/beskaeftigelsesudvalget/2023-12-12/";

    private IWebDriver Driver => site.Browser.Driver;

    [Theory]
    [InlineData("ungeløftet", Meeting2026 + "#punkt-12")]
    [InlineData("hjemløshed", Meeting2023 + "#punkt-91")]
    public void Typing_a_query_lists_a_link_to_the_punkt(string query, string expected)
    {
        site.Open("/soeg/");
        var box = Driver.FindElement(By.Id("soeg-q"));
        box.SendKeys(query);

        var links = WaitForResults();

        Assert.Contains(expected, links);
        var link = Driver.FindElement(By.CssSelector($"main #soeg-resultater a[href='{expected}']"));
        Assert.Contains("Beskæftigelsesudvalget", link.FindElement(By.XPath("ancestor::li")).Text);
        Assert.Matches(@"^\d+ punkt(er)? for ", Status());
        Assert.Contains("q=" + Uri.EscapeDataString(query), Driver.Url);
    }

    [Theory]
    [InlineData("partnerskabernes", Meeting2026 + "#punkt-12")]
    [InlineData("sygefraværet", Meeting2023 + "#punkt-90")]
    public void Danish_stemming_finds_other_forms_of_a_word(string query, string expected)
    {
        // The query's exact form is nowhere in the content, so only the stemmer can find the punkt.
        var content = string.Join("\n", Directory.EnumerateFiles(Repository.SeedInput, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain(query, content, StringComparison.OrdinalIgnoreCase);

        site.Open("/soeg/?q=" + Uri.EscapeDataString(query));

        Assert.Contains(expected, WaitForResults());
    }

    [Fact]
    public void A_shared_link_runs_its_search_and_filters_on_load()
    {
        site.Open("/soeg/?q=" + Uri.EscapeDataString("beskæftigelse") + "&aar=2023");

        var links = WaitForResults();

        Assert.Equal("beskæftigelse", Driver.FindElement(By.Id("soeg-q")).GetAttribute("value"));
        Assert.Equal("2023", Driver.FindElement(By.Id("soeg-aar")).GetAttribute("value"));
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(Meeting2023, link));
        Assert.Contains(links, link => link.StartsWith(Meeting2023 + "#punkt-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_KLE_filter_keeps_only_punkter_of_that_main_group()
    {
        // Punkt 13 of 2026-02-17 is filed under KLE 17 (Folkeskoleundervisning); its neighbours under 15 and 00.
        site.Open("/soeg/?q=" + Uri.EscapeDataString("Beskæftigelsesudvalget"));
        Assert.Contains(WaitForResults(), link => !link.EndsWith("#punkt-13", StringComparison.Ordinal));

        Driver.FindElement(By.CssSelector("#soeg-kle option[value='17']")).Click();

        site.Browser.WaitFor(d => d.Url.Contains("kle=17", StringComparison.Ordinal), "kle=17 i adressen");
        var links = site.Browser.WaitFor(_ => ResultLinks() is { Count: > 0 } l && l.All(h => h.EndsWith("#punkt-13", StringComparison.Ordinal)) ? l : null, "kun punkt 13");
        Assert.Equal([Meeting2026 + "#punkt-13"], links);
    }

    [Fact]
    public void Newest_first_puts_the_latest_meeting_on_top()
    {
        site.Open("/soeg/?q=beslutning&sortering=nyeste");
        Assert.StartsWith(Meeting2026, WaitForResults()[0]);
    }

    [Fact]
    public void A_query_without_hits_says_so()
    {
        site.Open("/soeg/?q=xylofonorkester");
        site.Browser.WaitFor(_ => Status().StartsWith("Ingen resultater", StringComparison.Ordinal), "\"Ingen resultater\"");
        Assert.Empty(ResultLinks());
    }

    [Fact]
    public void Words_of_the_page_frame_are_not_indexed()
    {
        // "publicerer" stands only in the footer of every page.
        const string word = "publicerer";
        // The word is on every meeting page, as a label or in the navigation, and nowhere in what a punkt says.
        Assert.Contains(word, site.Seed.Raw("beskaeftigelsesudvalget/2026-02-17/index.html"), StringComparison.OrdinalIgnoreCase);

        site.Open("/soeg/?q=" + Uri.EscapeDataString(word));

        site.Browser.WaitFor(_ => Status().StartsWith("Ingen resultater", StringComparison.Ordinal), "\"Ingen resultater\"");
    }

    [Fact]
    public void The_search_box_in_the_header_leads_to_the_search_page()
    {
        site.Open(Meeting2026);
        var box = Driver.FindElement(By.CssSelector("header form[role=search] input[name=q]"));
        box.SendKeys("hjemløshed");
        box.Submit();

        Assert.Contains(Meeting2023 + "#punkt-91", WaitForResults());
        Assert.Equal(new Uri(site.Seed.Address, "/soeg/").AbsolutePath, new Uri(Driver.Url).AbsolutePath);
    }

    [Fact]
    public void A_result_leads_to_the_punkt_on_the_meeting_page()
    {
        site.Open("/soeg/?q=" + Uri.EscapeDataString("ungeløftet"));
        WaitForResults();
        Driver.FindElement(By.CssSelector($"#soeg-resultater a[href='{Meeting2026}#punkt-12']")).Click();

        site.Browser.WaitFor(d => d.Url.EndsWith("#punkt-12", StringComparison.Ordinal), "mødesiden");
        Assert.StartsWith("Punkt 12:", Driver.FindElement(By.CssSelector("#punkt-12 h2")).Text);
    }

    [Fact]
    public void Search_runs_under_the_sites_Content_Security_Policy()
    {
        Assert.Contains("'wasm-unsafe-eval'", SiteServer.ContentSecurityPolicy);
        Assert.DoesNotContain("'unsafe-inline'", SiteServer.ContentSecurityPolicy);
        site.Browser.ConsoleMessages();

        site.Open("/soeg/?q=" + Uri.EscapeDataString("hjemløshed"));
        WaitForResults();

        Assert.DoesNotContain(site.Browser.ConsoleMessages(), m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_result_shows_its_punkts_decision_and_no_section_labels_or_navigation()
    {
        site.Open("/soeg/?q=" + Uri.EscapeDataString("ungeløftet"));
        WaitForResults();
        var result = Driver.FindElement(By.CssSelector($"#soeg-resultater a[href='{Meeting2026}#punkt-12']")).FindElement(By.XPath("ancestor::li"));
        Assert.StartsWith("Beslutning: Indstillingen er tiltrådt.", result.FindElement(By.CssSelector(".search-result__decision")).Text);
        Assert.Equal("Punkt 12: Orientering om invitation til partnerskabsdag om Ungeløftet", result.FindElement(By.CssSelector("h2")).Text);
        var excerpt = result.FindElement(By.CssSelector(".search-result__excerpt")).Text;
        foreach (var frame in new[] { "Resume", "Sagsfremstilling", "Indstilling", "Til mødets", "Kopiér link", "Sagsnummer", "Punkt 12" })
        {
            Assert.DoesNotContain(frame, excerpt, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Resume")]
    [InlineData("Kopiér")]
    public void Section_labels_and_navigation_are_not_indexed(string word)
    {
        // The word is on every meeting page, as a label or in the navigation, and nowhere in what a punkt says.
        Assert.Contains(word, site.Seed.Raw("beskaeftigelsesudvalget/2026-02-17/index.html"), StringComparison.OrdinalIgnoreCase);
        site.Open("/soeg/?q=" + Uri.EscapeDataString(word));
        site.Browser.WaitFor(_ => Status().StartsWith("Ingen resultater", StringComparison.Ordinal), "\"Ingen resultater\"");
    }

    [Fact]
    public void The_count_is_the_number_of_punkter_that_match()
    {
        site.Open("/soeg/?q=" + Uri.EscapeDataString("beskæftigelse"));
        WaitForResults();
        while (Driver.FindElement(By.Id("soeg-flere")).Displayed)
        {
            var before = ResultLinks().Count;
            Driver.FindElement(By.Id("soeg-flere")).Click();
            site.Browser.WaitFor(_ => ResultLinks().Count > before, "flere resultater");
        }
        var links = ResultLinks();
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.Equal($"{links.Count} punkter for \"beskæftigelse\".", Status());
        // "beslutning" is a section label on every punkt, not a word of every punkt.
        site.Open("/soeg/?q=beslutningen");
        site.Browser.WaitFor(_ => !Status().StartsWith("Søger", StringComparison.Ordinal) && Status().Length > 0, "et svar");
        Assert.True(ResultLinks().Count < 14, "\"beslutningen\" finds every punkt: the label is indexed.");
    }

    [Theory]
    [InlineData("15.00.00-A00-3-25")]
    [InlineData("A00-3-25")]
    public void A_case_number_typed_into_search_leads_to_the_case_first(string number)
    {
        site.Open("/soeg/");
        Driver.FindElement(By.Id("soeg-q")).SendKeys(number);

        var first = site.Browser.WaitFor(d => d.FindElements(By.CssSelector("main a[href]")).FirstOrDefault(a => a.FindElements(By.XPath("ancestor::*[@id='soeg-sager']")).Count > 0 && a.Displayed), "sagen");
        Assert.Equal("/sager/15.00.00-A00-3-25/", first!.GetDomAttribute("href"));
        // The case comes before every punkt in the page's order.
        var links = Driver.FindElements(By.CssSelector("#soeg-sager a, #soeg-resultater a")).Select(a => a.GetDomAttribute("href")).ToList();
        Assert.Equal("/sager/15.00.00-A00-3-25/", links[0]);
        first.Click();
        site.Browser.WaitFor(d => d.Url.EndsWith("/sager/15.00.00-A00-3-25/", StringComparison.Ordinal), "sagens side");
    }

    [Fact]
    public void A_whole_case_number_lists_the_punkter_of_the_case()
    {
        site.Open("/soeg/?q=" + Uri.EscapeDataString("15.00.00-A00-3-25"));
        var links = WaitForResults();
        Assert.Equal([Meeting2026 + "#punkt-10", Meeting2026 + "#punkt-11"], links.Order(StringComparer.Ordinal));
        Assert.Equal("2 punkter for \"15.00.00-A00-3-25\".", Status());
    }

    private string Status() => Driver.FindElement(By.Id("soeg-status")).Text;

    private List<string> ResultLinks() =>
        Driver.FindElements(By.CssSelector("main #soeg-resultater li a")).Select(a => a.GetDomAttribute("href") ?? "").ToList();

    /// <summary>Waits until the search has answered with at least one result, and returns the result links in order.</summary>
    private List<string> WaitForResults() =>
        site.Browser.WaitFor(_ => ResultLinks() is { Count: > 0 } links && !Status().StartsWith("Søger", StringComparison.Ordinal) ? links : null, "søgeresultater")!;
}
