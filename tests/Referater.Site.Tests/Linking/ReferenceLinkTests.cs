using AngleSharp.Dom;
using Referater.Site.Linking;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Linking;

/// <summary>References written in a referat become links exactly where the meeting (and punkt) exist, and nowhere else.</summary>
public sealed class ReferenceLinkTests(CaseCorpus corpus) : IClassFixture<CaseCorpus>
{
    private IElement Punkt(string meetingUrl, int number) => corpus.Page(meetingUrl).GetElementById($"punkt-{number}")!;

    private static List<(string Text, string Href)> TextLinks(IElement punkt) =>
        punkt.QuerySelectorAll("section.part a, section.decision a")
            .Select(a => (string.Join(" ", a.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), a.GetAttribute("href")!))
            .ToList();

    [Fact]
    public void Each_form_of_reference_links_to_the_meeting_or_punkt_that_exists()
    {
        var links = TextLinks(Punkt("/beskaeftigelsesudvalget/2026-02-17/", 12));

        Assert.Equal(
        [
            ("punkt 44 'Orientering om Ungeløftet', Møde i Beskæftigelsesudvalget den 19. august 2025", "/beskaeftigelsesudvalget/2025-08-19/#punkt-44"),
            ("sit møde d. 2. april 2014 (punkt 40)", "/beskaeftigelsesudvalget/2014-04-02/#punkt-40"),
            ("punkt 14. 'Opfølgning på ungeindsatsen' fra den 19. februar 2020", "/beskaeftigelsesudvalget/2020-02-19/#punkt-14"),
            ("udvalgsmødet den 29. januar 2020 (sag nr. 3)", "/beskaeftigelsesudvalget/2020-01-29/#punkt-3"),
            ("Byrådets møde den 3. marts 2020", "/byraadet/2020-03-03/"),
            // A date without a year is the meeting's own year: 10 March 2026 exists, 2 June 2026 does not (yet).
            ("udvalgsmødet den 10. marts", "/beskaeftigelsesudvalget/2026-03-10/"),
            // The meeting exists but has no punkt 99: the link goes to the meeting.
            ("punkt 99 på udvalgsmødet den 29. januar 2020", "/beskaeftigelsesudvalget/2020-01-29/"),
            // An editor's own link is kept as it is, with no link nested inside it.
            ("på udvalgsmødet den 29. januar 2020", "https://example.org/referat"),
            // Across a line break, inside emphasis.
            ("udvalgsmødet den 29. januar 2020", "/beskaeftigelsesudvalget/2020-01-29/"),
            ("udvalgsmødet den 29. januar 2020", "/beskaeftigelsesudvalget/2020-01-29/"),
        ], links);
    }

    [Fact]
    public void References_to_absent_meetings_code_and_headings_stay_text()
    {
        var punkt = Punkt("/beskaeftigelsesudvalget/2026-02-17/", 12);
        var linked = punkt.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.DoesNotContain(linked, text => text.Contains("2. juni") || text.Contains("5. maj 2019") || text.Contains("27. april"));
        Assert.Contains("udvalgsmødet den 2. juni", punkt.TextContent);
        Assert.Contains("Møde i Beskæftigelsesudvalget den 5. maj 2019", punkt.TextContent);

        var code = Assert.Single(punkt.QuerySelectorAll("code"));
        Assert.Equal("udvalgsmødet den 29. januar 2020", code.TextContent);
        Assert.Empty(code.QuerySelectorAll("a"));
        Assert.Null(code.Closest("a"));

        var heading = punkt.QuerySelectorAll("h4").Single(h => h.TextContent.Contains("Udvalgsmødet"));
        Assert.Empty(heading.QuerySelectorAll("a"));
        Assert.Empty(punkt.QuerySelectorAll("a a"));

        var emphasis = punkt.QuerySelector("em")!;
        Assert.Equal("/beskaeftigelsesudvalget/2020-01-29/", emphasis.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_date_without_a_year_before_the_meeting_may_mean_the_next_year()
    {
        var links = TextLinks(Punkt("/beskaeftigelsesudvalget/2026-12-08/", 20));
        Assert.Equal(
        [
            ("udvalgsmødet den 12. januar", "/beskaeftigelsesudvalget/2027-01-12/"),
            ("udvalgsmødet den 10. marts", "/beskaeftigelsesudvalget/2026-03-10/"),
        ], links);
        Assert.Contains(corpus.Diagnostics, d => d.Code == ReferenceLinker.UnresolvedCode && d.Message.Contains("'udvalgsmødet den 14. januar'")
            && d.Message.Contains("14. januar 2026 eller 14. januar 2027"));
    }

    [Fact]
    public void The_decision_links_too()
    {
        var decision = Punkt("/beskaeftigelsesudvalget/2026-02-17/", 12).QuerySelector("section.decision")!;
        Assert.Equal("/beskaeftigelsesudvalget/2020-01-29/", Assert.Single(decision.QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Fact]
    public void Unfollowed_references_are_listed_as_information_at_their_line()
    {
        var file = $"{CaseCorpus.Employment}/2026-02-17/{CaseCorpus.ReferringFile}";
        var infos = corpus.Diagnostics
            .Where(d => d.Code is ReferenceLinker.UnresolvedCode or ReferenceLinker.MissingPunktCode && d.File.EndsWith(file, StringComparison.Ordinal))
            .Select(d => (d.Severity, d.Code, d.Line, d.Column, Quoted: d.Message.Split('\'')[1]))
            .ToList();
        Assert.Equal(
        [
            (Severity.Info, ReferenceLinker.UnresolvedCode, 16, 24, "udvalgsmødet den 2. juni"),
            (Severity.Info, ReferenceLinker.UnresolvedCode, 18, 19, "Møde i Beskæftigelsesudvalget den 5. maj 2019"),
            (Severity.Info, ReferenceLinker.MissingPunktCode, 18, 69, "punkt 99 på udvalgsmødet den 29. januar 2020"),
        ], infos.OrderBy(i => i.Line).ThenBy(i => i.Column));
        Assert.DoesNotContain(corpus.Diagnostics, d => d.Severity != Severity.Info);
    }
}
