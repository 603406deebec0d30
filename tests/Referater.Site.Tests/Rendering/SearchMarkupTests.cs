namespace Referater.Site.Tests.Rendering;

/// <summary>What the pages tell the search index and the reader about search: only content indexed, meetings filterable, a search box everywhere.</summary>
public sealed class SearchMarkupTests(SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    private const string Meeting2026 = "beskaeftigelsesudvalget/2026-02-17/index.html";

    [Fact]
    public void Meeting_pages_index_their_content_and_not_the_navigation()
    {
        var document = site.Page(Meeting2026);
        Assert.Equal("main", Assert.Single(document.QuerySelectorAll("[data-pagefind-body]")).LocalName);
        Assert.True(document.QuerySelector("nav.toc")!.HasAttribute("data-pagefind-ignore"));
        foreach (var frame in new[] { "header.site-header", "nav.breadcrumb", "footer" })
        {
            Assert.True(document.QuerySelector(frame)!.HasAttribute("data-pagefind-ignore"), frame);
        }
    }

    [Fact]
    public void Meeting_pages_carry_their_filters_sort_and_context()
    {
        var document = site.Page(Meeting2026);
        var filters = document.QuerySelectorAll("[data-pagefind-filter]").Select(e => e.GetAttribute("data-pagefind-filter")).ToList();
        Assert.Contains("udvalg:beskaeftigelsesudvalget", filters);
        Assert.Contains("aar:2026", filters);
        Assert.Contains("kle:15", filters);
        Assert.Contains("kle:17", filters);
        Assert.Equal("kle:15", document.GetElementById("punkt-12")!.GetAttribute("data-pagefind-filter"));
        Assert.Equal("dato:2026-02-17", document.QuerySelector("[data-pagefind-sort]")!.GetAttribute("data-pagefind-sort"));
        var meta = document.QuerySelectorAll("[data-pagefind-meta]").Select(e => e.GetAttribute("data-pagefind-meta")).ToList();
        Assert.Contains("udvalg", meta);
        Assert.Contains("dato", meta);
        Assert.Contains("punkt_kle:10=15 11=15 12=15 13=17 14=00 15=00 16=15", meta);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData(Meeting2026)]
    [InlineData("404.html")]
    public void Every_page_has_a_search_box_leading_to_the_search_page(string page)
    {
        var form = site.Page(page).QuerySelector("header form[role=search]")!;
        Assert.Equal("/soeg/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
    }

    [Fact]
    public void The_search_page_is_a_labelled_form_that_says_it_needs_JavaScript()
    {
        var document = site.Page("soeg/index.html");
        var form = document.QuerySelector("main form#soeg")!;
        foreach (var field in form.QuerySelectorAll("input, select"))
        {
            Assert.NotNull(document.QuerySelector($"label[for='{field.Id}']"));
        }
        Assert.Equal(["", "beskaeftigelsesudvalget"], form.QuerySelectorAll("#soeg-udvalg option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "2026", "2023"], form.QuerySelectorAll("#soeg-aar option").Select(o => o.GetAttribute("value")));
        Assert.Contains("15 Arbejdsmarked og beskæftigelsesindsats", form.QuerySelectorAll("#soeg-kle option").Select(o => o.TextContent));
        Assert.Equal("polite", document.GetElementById("soeg-status")!.GetAttribute("aria-live"));
        Assert.Contains("Søgningen kræver JavaScript", document.QuerySelector("noscript")!.InnerHtml);
        // The Content-Security-Policy forbids inline scripts and styles: the search code is a file of the theme.
        Assert.Matches(@"^/assets/js/search\.[0-9a-f]{10}\.js$", document.QuerySelector("script[type=module]")!.GetAttribute("src"));
        Assert.Empty(document.QuerySelectorAll("script:not([src]), style, [style]"));
        Assert.Null(document.QuerySelector("[data-pagefind-body]"));
    }
}
