using OpenQA.Selenium;
using Referater.Site.BrowserTests.Support;

namespace Referater.Site.BrowserTests;

/// <summary>
/// The site as citizens and journalists use it, in real Chromium: what a meeting decided at a glance, a link to one
/// punkt, the committee's other meetings, the grid's codes explained, attachments described, and the case list narrowed
/// as one types.
/// </summary>
[Collection(ThemeCollection.Name)]
public sealed class ReadingTests(BrowserSiteFixture site)
{
    private const string Meeting2026 = "/beskaeftigelsesudvalget/2026-02-17/";
    private const string Meeting2023 = "/beskaeftigelsesudvalget/2023-12-12/";

    private IWebDriver Driver => site.Driver;

    [Theory]
    [InlineData(Meeting2026)]
    [InlineData(Meeting2023)]
    public void The_overview_lists_every_punkt_with_its_decision_and_links_to_it(string meeting)
    {
        site.Open(meeting);
        var punkter = Driver.FindElements(By.CssSelector("section.punkt"));
        var overview = Driver.FindElements(By.CssSelector("#overblik .overview__item"));

        Assert.NotEmpty(punkter);
        Assert.Equal(punkter.Count, overview.Count);
        foreach (var (punkt, entry) in punkter.Zip(overview))
        {
            var id = punkt.GetDomAttribute("id");
            var link = entry.FindElement(By.CssSelector("a.overview__title"));
            Assert.Equal("#" + id, link.GetDomAttribute("href"));
            Assert.Equal(OneLine(punkt.FindElement(By.CssSelector("h2")).Text), OneLine(link.Text));
            var decision = punkt.FindElement(By.CssSelector(".decision")).Text;
            var outcome = entry.FindElement(By.CssSelector(".overview__outcome")).Text.TrimEnd('…', ' ');
            // The decision box reads "BESLUTNING" then the text; the overview gives the text, or its first lines.
            Assert.Contains(outcome.Replace("Hele beslutningen", "").Trim().TrimEnd('…', ' '), decision.Replace("\n", " "));
        }
        // Every number once: the list adds none of its own to "Punkt 10: …".
        Assert.Equal("none", Driver.FindElement(By.CssSelector("#overblik ol")).GetCssValue("list-style-type"));
    }

    [Fact]
    public void The_overview_comes_before_any_Sagsfremstilling_on_a_phone()
    {
        site.Open(Meeting2026);
        site.Browser.SetViewportWidth(375, 812);
        Driver.Navigate().Refresh();
        var positions = (IReadOnlyCollection<object>)((IJavaScriptExecutor)Driver).ExecuteScript(
            "return [document.querySelector('#overblik').getBoundingClientRect().top, document.querySelector('section.part').getBoundingClientRect().top," +
            " document.querySelector('#overblik .overview__item:last-child').getBoundingClientRect().bottom];")!;
        var (overview, firstSection, overviewEnd) = (Convert.ToDouble(positions.ElementAt(0)), Convert.ToDouble(positions.ElementAt(1)), Convert.ToDouble(positions.ElementAt(2)));
        Assert.True(overview < 812, $"The overview starts {overview} px down, below the first screen.");
        Assert.True(overviewEnd < firstSection, "A section of a punkt comes before the overview ends.");
    }

    [Fact]
    public void A_closed_punkt_shows_Lukket_punkt_and_its_public_decision_in_the_overview()
    {
        Driver.Navigate().GoToUrl(site.Showcase.Url(ShowcaseSite.MeetingUrl));
        var closed = Driver.FindElement(By.CssSelector("#overblik a[href='#punkt-2']")).FindElement(By.XPath("ancestor::li"));
        Assert.Equal("Lukket punkt. Byrådet godkendte købet.", closed.FindElement(By.CssSelector(".overview__outcome")).Text);
    }

    [Fact]
    public void Kopier_link_copies_the_address_of_the_punkt()
    {
        site.Open(Meeting2026);
        Driver.Navigate().Refresh();
        ((OpenQA.Selenium.Chrome.ChromeDriver)Driver).ExecuteCdpCommand("Browser.grantPermissions", new Dictionary<string, object?>
        {
            ["origin"] = site.Seed.Address.GetLeftPart(UriPartial.Authority),
            ["permissions"] = new[] { "clipboardReadWrite", "clipboardSanitizedWrite" },
        });
        var link = Driver.FindElement(By.CssSelector("#punkt-12 a.copy-link"));
        // Without JavaScript it is a plain link to the punkt; it is visible and in the keyboard's order.
        Assert.Equal("#punkt-12", link.GetDomAttribute("href"));
        Assert.True(link.Displayed);
        Assert.Equal("Kopiér link til punkt 12", link.GetDomProperty("textContent"));

        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].focus();", link);
        Driver.SwitchTo().ActiveElement().SendKeys(Keys.Enter);

        var expected = site.Seed.Url(Meeting2026 + "#punkt-12").ToString();
        site.Browser.WaitFor(d => d.FindElement(By.Id("kopier-status")).GetDomProperty("textContent")!.Contains(expected), "besked om det kopierede link");
        var copied = (string)((IJavaScriptExecutor)Driver).ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('fejl: ' + e));")!;
        Assert.Equal(expected, copied);
        Assert.StartsWith("Link kopieret", link.Text);
    }

    [Fact]
    public void The_meeting_links_to_the_committees_meetings_before_and_after_it()
    {
        site.Open(Meeting2026);
        var previous = Driver.FindElement(By.CssSelector("nav.neighbours a[rel=prev]"));
        Assert.Equal(Meeting2023, previous.GetDomAttribute("href"));
        Assert.Contains("12. december 2023", previous.Text);
        Assert.Empty(Driver.FindElements(By.CssSelector("nav.neighbours a[rel=next]")));

        site.Open(Meeting2023);
        Assert.Equal(Meeting2026, Driver.FindElement(By.CssSelector("nav.neighbours a[rel=next]")).GetDomAttribute("href"));
    }

    [Fact]
    public void The_grids_codes_are_explained_by_name()
    {
        Driver.Navigate().GoToUrl(site.Showcase.Url(ShowcaseSite.MeetingUrl));
        var legend = Driver.FindElement(By.Id("forkortelser"));
        legend.FindElement(By.TagName("summary")).Click();
        var names = legend.FindElements(By.CssSelector("dt abbr")).ToDictionary(a => a.Text, a => a.GetDomAttribute("title"));
        Assert.Equal("Økonomi- og Erhvervsudvalget", names["ØKE"]);
        Assert.Equal("Direktionen", names["DIR"]);
        // A code site.yml does not name is not explained with a guess.
        Assert.DoesNotContain("BFU", names.Keys);
        Assert.Equal("Byrådet", Driver.FindElement(By.CssSelector("table.grid th abbr[title='Byrådet']")).GetDomAttribute("title"));
    }

    [Fact]
    public void An_attachment_says_its_type_and_size_or_that_it_is_not_published()
    {
        Driver.Navigate().GoToUrl(site.Showcase.Url(ShowcaseSite.MeetingUrl));
        var items = Driver.FindElements(By.CssSelector("#punkt-1-bilag li")).Select(li => li.Text).ToList();
        Assert.Equal(2, items.Count);
        Assert.Matches(@"^Budgetopfølgning januar 2026 \(PDF, \d{2,4} bytes\)$", items[0]);
        Assert.Equal("Notat om forbruget (Bilaget er ikke offentliggjort på nettet)", items[1]);

        site.Open(Meeting2026);
        var seeds = Driver.FindElements(By.CssSelector("#punkt-10-bilag li")).Select(li => li.Text).ToList();
        Assert.Contains("Aftale om reform af beskaeftigelsesindsatsen (Bilaget er ikke offentliggjort på nettet)", seeds);
        Assert.DoesNotContain(seeds, text => text.Contains("aftale-om-reform", StringComparison.Ordinal));
    }

    [Fact]
    public void The_case_filter_narrows_the_list_as_one_types()
    {
        site.Open("/sager/");
        var all = VisibleCases();
        Assert.True(all.Count > 3, "The seed site has more than three cases.");

        var box = Driver.FindElement(By.Id("sagsfilter-q"));
        Assert.True(box.Displayed, "The filter box is not shown with JavaScript on.");
        box.SendKeys("ungeløftet");

        var narrowed = site.Browser.WaitFor(_ => VisibleCases() is { Count: > 0 } v && v.All(c => c.Contains("ungeløftet", StringComparison.OrdinalIgnoreCase)) ? v : null, "en kortere liste")!;
        Assert.True(narrowed.Count < all.Count);
        Assert.All(narrowed, text => Assert.Contains("ungeløftet", text, StringComparison.OrdinalIgnoreCase));
        Assert.Equal($"Viser {narrowed.Count} {(narrowed.Count == 1 ? "sag" : "sager")} af {all.Count}.", Driver.FindElement(By.Id("sagsfilter-status")).Text);
        // Subjects left without a case are hidden with them.
        Assert.All(Driver.FindElements(By.CssSelector("[data-case-group]")).Where(g => g.Displayed),
            group => Assert.Contains(group.FindElements(By.CssSelector("[data-case]")), c => c.Displayed));

        box.Clear();
        box.SendKeys("15.00.00-A00-3");
        var byNumber = site.Browser.WaitFor(_ => VisibleCases() is { Count: > 0 } v && v.All(c => c.Contains("15.00.00-A00-3", StringComparison.Ordinal)) ? v : null, "sager med nummeret")!;
        Assert.All(byNumber, text => Assert.Contains("15.00.00-A00-3", text));

        box.Clear();
        box.SendKeys("xylofonorkester");
        site.Browser.WaitFor(_ => VisibleCases().Count == 0, "ingen sager");
        Assert.StartsWith("Ingen sager passer", Driver.FindElement(By.Id("sagsfilter-status")).Text);
    }

    [Fact]
    public void A_case_page_is_headed_by_its_title_with_the_newest_treatment_first()
    {
        site.Open("/sager/15.00.00-A00-3-25/");
        var heading = Driver.FindElement(By.TagName("h1")).Text;
        Assert.DoesNotContain("15.00.00", heading);
        Assert.Contains("15.00.00-A00-3-25", Driver.FindElement(By.CssSelector(".case-facts")).Text);
        var treatments = Driver.FindElements(By.CssSelector(".case-timeline__item h3 a")).Select(a => a.GetDomAttribute("href")).ToList();
        Assert.Equal([Meeting2026 + "#punkt-11", Meeting2026 + "#punkt-10"], treatments);
        Assert.Equal(heading, Driver.FindElement(By.CssSelector(".case-timeline__item h3 a")).Text);
        Assert.All(Driver.FindElements(By.CssSelector(".case-timeline__decision")), d => Assert.StartsWith("Beslutning:", d.Text));
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private List<string> VisibleCases() =>
        Driver.FindElements(By.CssSelector("[data-case]")).Where(c => c.Displayed).Select(c => c.Text).ToList();
}
