using Referater.Site.Publishing;

namespace Referater.Site.Tests.Publishing;

/// <summary>The recorder notes each page's ids and links as its HTML is written, keeping one string for what many pages share.</summary>
public sealed class PageLinkRecorderTests
{
    private static PageLinks Record(string html, SharedStrings strings)
    {
        using var text = new StringWriter();
        using var recorder = new PageLinkRecorder(text, strings);
        recorder.Write(html);
        Assert.Equal(html, text.ToString());
        return recorder.Result;
    }

    [Fact]
    public void Pages_that_link_to_the_same_address_share_its_text()
    {
        var strings = new SharedStrings();
        var first = Record("<main id=\"indhold\">\n  <a href=\"/sager/\">Sager</a> <img src=\"/assets/logo.svg\"></main>", strings);
        var second = Record("<p id=\"indhold\"><a class=\"x\" href=\"/sager/\">Alle sager</a> <a href=\"/?a=1&amp;b=2\">?</a></p>", strings);

        Assert.Equal([new PageLink("href", "/sager/", 2, 3), new PageLink("src", "/assets/logo.svg", 2, 31)], first.Links.ToArray());
        Assert.Equal(["/sager/", "/?a=1&b=2"], second.Links.Select(l => l.Value));
        Assert.Same(first.Links[0].Value, second.Links[0].Value);
        Assert.Same(first.Ids.Single(), second.Ids.Single());
    }
}
