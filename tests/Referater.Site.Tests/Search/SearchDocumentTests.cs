using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Referater.Site.Content;
using Referater.Site.Rendering;
using Referater.Site.Search;

namespace Referater.Site.Tests.Search;

/// <summary>What the search index reads of a punkt: its content once, never the labels or the page's frame; its decision and address as metadata.</summary>
public sealed class SearchDocumentTests
{
    private static readonly Committee Committee = new("beskaeftigelsesudvalget", "Beskæftigelsesudvalget", "BSK");

    private static AgendaItemView Item(int number, string title, bool closed, params SectionView[] sections) =>
        new(number, title, closed, closed ? null : new CaseNumber("15.00.00-A00-3-25"), null, [], null, [.. sections], [], $"/beskaeftigelsesudvalget/2026-02-17/#punkt-{number}");

    private static MeetingView Meeting(MeetingKind kind, params AgendaItemView[] items) =>
        new(Committee, new DateOnly(2026, 2, 17), new TimeOnly(13, 30), "C3.40", kind, [], "", [.. items], "/beskaeftigelsesudvalget/2026-02-17/");

    private static readonly SectionView Resume = new("Resume", "punkt-12-resume", "<p>Ungeløftet samler kommunerne.</p>", "Ungeløftet samler kommunerne.", false);
    private static readonly SectionView Decision = new("Beslutning", "punkt-12-beslutning", "<p>Indstillingen er tiltrådt.</p>", "Indstillingen er tiltrådt.", true);

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void A_punkt_is_indexed_as_its_title_once_and_its_text_without_labels()
    {
        var meeting = Meeting(MeetingKind.Referat, Item(12, "Orientering om Ungeløftet", false, Resume, Decision));
        var document = Parse(SearchDocuments.Page(meeting, meeting.Items[0]));

        var body = document.QuerySelector("[data-pagefind-body]")!;
        var indexed = string.Join(" ", body.Children.Where(e => !e.HasAttribute("data-pagefind-ignore")).Select(e => e.TextContent));
        Assert.Equal("Orientering om Ungeløftet Ungeløftet samler kommunerne. Indstillingen er tiltrådt.", indexed);
        Assert.Equal("da", document.DocumentElement.GetAttribute("lang"));
        foreach (var label in new[] { "Resume", "Beslutning", "Punkt 12", "Sagsnummer", "15.00.00", "indholdsfortegnelse", "Beskæftigelsesudvalget" })
        {
            Assert.DoesNotContain(label, indexed, StringComparison.OrdinalIgnoreCase);
        }
        var meta = document.QuerySelectorAll("[data-pagefind-meta]").ToDictionary(e => e.GetAttribute("data-pagefind-meta")!, e => e.TextContent);
        Assert.Equal("/beskaeftigelsesudvalget/2026-02-17/#punkt-12", meta["url"]);
        Assert.Equal("Punkt 12: Orientering om Ungeløftet", meta["title"]);
        Assert.Equal("Beslutning: Indstillingen er tiltrådt.", meta["udfald"]);
        Assert.Equal("Referat · Beskæftigelsesudvalget, 17. februar 2026", meta["moede"]);
        var filters = document.QuerySelectorAll("[data-pagefind-filter]").Select(e => $"{e.GetAttribute("data-pagefind-filter")}:{e.TextContent}").ToList();
        Assert.Equal(["udvalg:beskaeftigelsesudvalget", "aar:2026", "sag:15.00.00-A00-3-25", "kle:15"], filters);
        Assert.Equal("dato:2026-02-17", document.QuerySelector("[data-pagefind-sort]")!.GetAttribute("data-pagefind-sort"));
    }

    [Fact]
    public void A_closed_punkt_gives_its_title_and_public_decision_only()
    {
        var meeting = Meeting(MeetingKind.Referat, Item(11, "Personalesag", true, Decision));
        var document = Parse(SearchDocuments.Page(meeting, meeting.Items[0]));
        Assert.Empty(document.QuerySelectorAll("[data-pagefind-filter='sag'], [data-pagefind-filter='kle']"));
        Assert.Equal("Lukket punkt. Beslutning: Indstillingen er tiltrådt.", document.QuerySelector("[data-pagefind-meta='udfald']")!.TextContent);
    }

    [Fact]
    public void An_agenda_says_the_punkt_is_not_yet_treated()
    {
        var meeting = Meeting(MeetingKind.Dagsorden, Item(12, "Orientering", false, Resume));
        Assert.Equal("Dagsorden: endnu ikke behandlet", Parse(SearchDocuments.Page(meeting, meeting.Items[0])).QuerySelector("[data-pagefind-meta='udfald']")!.TextContent);
    }

    [Fact]
    public void Every_punkt_has_its_own_page()
    {
        var meeting = Meeting(MeetingKind.Referat, Item(12, "A", false, Resume), Item(13, "B", false, Decision));
        Assert.Equal(["beskaeftigelsesudvalget/2026-02-17/punkt-12/index.html", "beskaeftigelsesudvalget/2026-02-17/punkt-13/index.html"],
            SearchDocuments.Of(ImmutableArray.Create(meeting)).Select(d => d.Path));
    }
}
