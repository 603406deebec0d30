namespace Referater.Site.Tests.Rendering;

/// <summary>What the pages tell the reader about search: a search box everywhere, a labelled search page, and nothing for the index.</summary>
public sealed class SearchMarkupTests(SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    private const string Meeting2026 = "beskaeftigelsesudvalget/2026-02-17/index.html";

    [Fact]
    public void No_page_of_the_site_is_indexed_itself()
    {
        // The index is built from a page per punkt (Search/SearchDocuments): the site's pages carry nothing for it.
        foreach (var page in new[] { Meeting2026, "index.html", "sager/index.html", "soeg/index.html" })
        {
            Assert.Empty(site.Page(page).QuerySelectorAll("[data-pagefind-body], [data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort]"));
        }
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
        // A typed case number is looked up in the list of cases.
        Assert.Equal("/data/sager.json", form.GetAttribute("data-cases"));
    }
}
