using AngleSharp.Html.Parser;
using Referater.Site.Tests.Support;
using static Referater.Site.Tests.Support.TestSite;

namespace Referater.Site.Tests.Rendering;

/// <summary>A punkt's body is parsed once and its sections are ranges of that one document: what one section defines, another can use.</summary>
public sealed class SectionRangeTests
{
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> MeetingPage(string body)
    {
        using var site = new TestSite().Meeting(Committee, Date).Item(Committee, Date, "10-punkt.md", ItemText(10, "Orientering", body: body));
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
        return new HtmlParser().ParseDocument(site.ReadOutput(TestSite.MeetingPage));
    }

    [Fact]
    public async Task A_reference_link_finds_its_definition_in_another_section()
    {
        var page = await MeetingPage("## Sagsfremstilling\n\nSe [rapporten][r] og [udvalget].\n\n## Beslutning\n\nGodkendt.\n\n[r]: /beskaeftigelsesudvalget/\n[udvalget]: https://example.org/udvalg\n");
        var section = page.GetElementById("punkt-10-sagsfremstilling")!;
        Assert.DoesNotContain("[rapporten]", section.TextContent);
        Assert.Equal("/beskaeftigelsesudvalget/", section.QuerySelector("a[href='/beskaeftigelsesudvalget/']")?.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", section.QuerySelector("a[href='https://example.org/udvalg']")?.GetAttribute("rel"));
        // The definitions themselves are not text of the last section.
        Assert.DoesNotContain("[r]:", page.GetElementById("punkt-10-beslutning")!.TextContent);
    }

    [Fact]
    public async Task Headings_inside_sections_keep_their_anchors_and_levels()
    {
        var page = await MeetingPage("Indledende tekst.\n\n## Sagsfremstilling\n\n### Baggrund\n\nTekst.\n\n### Baggrund\n\nMere.\n\n## Beslutning\n\nGodkendt.\n");
        Assert.NotNull(page.GetElementById("punkt-10-tekst"));
        Assert.Equal("H4", page.GetElementById("punkt-10-sagsfremstilling-baggrund")!.TagName);
        Assert.NotNull(page.GetElementById("punkt-10-sagsfremstilling-baggrund-2"));
    }
}
