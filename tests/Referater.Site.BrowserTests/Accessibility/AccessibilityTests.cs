using System.Text.Json;
using OpenQA.Selenium;
using Referater.Site.BrowserTests.Support;

namespace Referater.Site.BrowserTests.Accessibility;

/// <summary>
/// Every page type in real headless Chromium at desktop and phone width: axe-core finds no violation of WCAG 2.0
/// and 2.1 level A and AA, the page has the structure a screen reader user relies on, and nothing scrolls sideways.
/// </summary>
[Collection(ThemeCollection.Name)]
public sealed class AccessibilityTests(BrowserSiteFixture site)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>axe-core's rules beyond the law that the theme keeps too: heading order, one h1, content in landmarks, unique landmarks.</summary>
    private static readonly string[] BestPracticeTags = ["best-practice"];

    public static TheoryData<string, int> PagesByWidth => AccessibilityPageTypes.ByWidth();

    /// <summary>A phone, the narrowest screen WCAG 1.4.10 names, and a 1280 px screen zoomed to 200%.</summary>
    public static TheoryData<string, int> PagesByNarrowWidth
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var page in AccessibilityPageTypes.All)
            {
                data.Add(page.Name, 375);
                data.Add(page.Name, 320);
                data.Add(page.Name, 640);
            }
            return data;
        }
    }

    [Fact]
    public void Every_page_type_the_site_must_have_is_built()
    {
        var missing = AccessibilityPageTypes.All.Where(p => p.Required && p.In(p.SiteIn(site).Root) is null).Select(p => $"{p.Name} ({p.File})").ToList();
        Assert.True(missing.Count == 0, "The build wrote no " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(PagesByWidth))]
    public void Axe_finds_no_WCAG_21_A_or_AA_violation(string pageType, int width) => AssertAxeFindsNothing(pageType, width, WcagTags);

    [Theory]
    [MemberData(nameof(PagesByWidth))]
    public void Axe_finds_no_violation_of_its_best_practices(string pageType, int width) => AssertAxeFindsNothing(pageType, width, BestPracticeTags);

    [Theory]
    [MemberData(nameof(PagesByWidth))]
    public void The_page_has_one_h1_landmarks_a_skip_link_and_Danish_as_its_language(string pageType, int width)
    {
        if (!Open(pageType, width))
        {
            return;
        }
        var facts = (string)site.Driver.ExecuteScript(
            """
            const first = document.querySelector('a[href]');
            return JSON.stringify({
              lang: document.documentElement.lang,
              h1: document.querySelectorAll('h1').length,
              banner: document.querySelectorAll('body > header').length,
              main: document.querySelectorAll('main').length,
              contentinfo: document.querySelectorAll('body > footer').length,
              skipTarget: first && first.classList.contains('skip-link') ? first.getAttribute('href') : null,
              mainId: document.querySelector('main')?.id,
              statement: [...document.querySelectorAll('footer a')].some(a => a.textContent.trim() === 'Tilgængelighedserklæring')
            });
            """)!;
        using var json = JsonDocument.Parse(facts);
        var root = json.RootElement;
        Assert.Equal("da", root.GetProperty("lang").GetString());
        Assert.Equal(1, root.GetProperty("h1").GetInt32());
        Assert.Equal(1, root.GetProperty("banner").GetInt32());
        Assert.Equal(1, root.GetProperty("main").GetInt32());
        Assert.Equal(1, root.GetProperty("contentinfo").GetInt32());
        Assert.Equal("#" + root.GetProperty("mainId").GetString(), root.GetProperty("skipTarget").GetString());
        Assert.True(root.GetProperty("statement").GetBoolean(), "The footer has no link 'Tilgængelighedserklæring'.");
    }

    [Theory]
    [MemberData(nameof(PagesByNarrowWidth))]
    public void Nothing_scrolls_sideways_on_a_phone_or_at_200_percent_zoom(string pageType, int width)
    {
        if (!Open(pageType, width))
        {
            return;
        }
        var widths = (IReadOnlyCollection<object>)site.Driver.ExecuteScript(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")!;
        var (scroll, client) = (Convert.ToInt32(widths.First()), Convert.ToInt32(widths.Last()));
        Assert.True(scroll <= client, $"{pageType} at {width} px is {scroll} px wide: it scrolls sideways.");
    }

    [Fact]
    public void The_keyboard_reaches_the_skip_link_first_and_focus_is_visible()
    {
        Assert.True(Open("møde", 375));
        site.Driver.FindElement(By.TagName("body")).SendKeys(Keys.Tab);
        var skip = site.Driver.SwitchTo().ActiveElement();
        Assert.Equal("Gå til indholdet", skip.Text);
        Assert.True(skip.Displayed && skip.Location.Y >= 0, "The skip link stays off screen when it has focus.");
        Assert.Equal("solid", skip.GetCssValue("outline-style"));
        skip.SendKeys(Keys.Tab);
        var next = site.Driver.SwitchTo().ActiveElement();
        Assert.Equal("a", next.TagName);
        Assert.Equal("solid", next.GetCssValue("outline-style"));
        Assert.NotEqual("0px", next.GetCssValue("outline-width"));
    }

    [Fact]
    public void The_meeting_page_breaks_no_Content_Security_Policy_rule()
    {
        site.Browser.ConsoleMessages();
        Assert.True(Open("møde", 1280));
        var refused = site.Browser.ConsoleMessages()
            .Where(message => message.Contains("Content Security Policy", StringComparison.Ordinal)).ToList();
        Assert.True(refused.Count == 0, string.Join("\n", refused));
        // The policy is really in force: an inline style is refused.
        var applied = site.Driver.ExecuteScript(
            "const s = document.createElement('style'); s.textContent = 'body{outline:7px solid red}'; document.head.append(s); return getComputedStyle(document.body).outlineWidth;");
        Assert.NotEqual("7px", applied);
    }

    private void AssertAxeFindsNothing(string pageType, int width, string[] tags)
    {
        if (!Open(pageType, width))
        {
            return;
        }
        site.Driver.ExecuteScript(site.AxeSource);
        var result = (string)site.Driver.ExecuteAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
              .then(r => done(JSON.stringify({ passes: r.passes.length, violations: r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + n.failureSummary) })) })))
              .catch(e => done(JSON.stringify({ error: String(e) })));
            """, tags.Cast<object>().ToList())!;
        using var json = JsonDocument.Parse(result);
        Assert.False(json.RootElement.TryGetProperty("error", out var error), $"axe-core failed on {pageType}: {error}");
        Assert.True(json.RootElement.GetProperty("passes").GetInt32() > 0, "axe-core checked nothing: the page did not load.");
        var violations = json.RootElement.GetProperty("violations");
        Assert.True(violations.GetArrayLength() == 0,
            $"{pageType} at {width} px breaks axe-core's rules tagged {string.Join(", ", tags)}:\n" + string.Join("\n", violations.EnumerateArray().Select(v =>
                $"- {v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")}\n    " +
                string.Join("\n    ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))));
    }

    /// <summary>Opens a page type at a viewport width; false when the site has no such page yet (it is not required).</summary>
    private bool Open(string pageType, int width)
    {
        var page = AccessibilityPageTypes.Named(pageType);
        var found = page.In(page.SiteIn(site).Root);
        if (found is null)
        {
            Assert.False(page.Required, $"The build wrote no {page.File}.");
            return false;
        }
        site.Browser.SetViewportWidth(width);
        site.Driver.Navigate().GoToUrl(page.SiteIn(site).Url(found.Value.Url));
        // A phone widens its layout viewport to fit content that is too wide, so a wider viewport is the overflow itself.
        var actual = Convert.ToInt32(site.Driver.ExecuteScript("return window.innerWidth;"));
        Assert.True(actual == width, $"{pageType} at {width} px lays out {actual} px wide; too wide: " + site.Driver.ExecuteScript(
            "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > arguments[0] + 1)" +
            ".slice(-5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ');", width));
        if (page.WaitFor is { } selector)
        {
            WaitFor(selector);
        }
        return true;
    }

    private void WaitFor(string selector)
    {
        for (var attempt = 0; attempt < 100 && site.Driver.FindElements(By.CssSelector(selector)).Count == 0; attempt++)
        {
            Thread.Sleep(100);
        }
        Assert.NotEmpty(site.Driver.FindElements(By.CssSelector(selector)));
    }
}
