using Referater.Site.Content;
using Referater.Site.Linking;

namespace Referater.Site.Tests.Linking;

/// <summary>Which phrases are read as references to a meeting, and what each names.</summary>
public sealed class ReferencePatternTests
{
    private static readonly Committee Employment = new("beskaeftigelsesudvalget", "Beskæftigelsesudvalget", "BSK");
    private static readonly Committee Council = new("byraadet", "Byrådet", "BYR");
    private static readonly ReferencePattern Pattern = new([Employment, Council]);

    [Theory]
    [InlineData("jf. punkt 44 'Orientering om Ungeløftet', Møde i Beskæftigelsesudvalget den 19. august 2025).",
        "punkt 44 'Orientering om Ungeløftet', Møde i Beskæftigelsesudvalget den 19. august 2025", "beskaeftigelsesudvalget", 19, 8, 2025, 44)]
    [InlineData("Udvalget besluttede på sit møde d. 2. april 2014 (punkt 40) at gå videre.",
        "sit møde d. 2. april 2014 (punkt 40)", null, 2, 4, 2014, 40)]
    [InlineData("Sagen behandles i forlængelse af punkt 14. 'Opfølgning på ledighed' fra den 19. februar 2020.",
        "punkt 14. 'Opfølgning på ledighed' fra den 19. februar 2020", null, 19, 2, 2020, 14)]
    [InlineData("Sagen blev drøftet på udvalgsmødet den 29. januar 2020.", "udvalgsmødet den 29. januar 2020", null, 29, 1, 2020, null)]
    [InlineData("Sagen blev drøftet på udvalgsmødet den 29. januar 2020 (sag nr. 3).", "udvalgsmødet den 29. januar 2020 (sag nr. 3)", null, 29, 1, 2020, 3)]
    [InlineData("Udvalget hører mere på udvalgs mødet den 2. juni.", "udvalgs mødet den 2. juni", null, 2, 6, null, null)]
    [InlineData("Planen blev godkendt på Byrådets møde den 3. marts 2020.", "Byrådets møde den 3. marts 2020", "byraadet", 3, 3, 2020, null)]
    [InlineData("Planen blev godkendt på byrådsmødet den 3. marts 2020.", "byrådsmødet den 3. marts 2020", "byraadet", 3, 3, 2020, null)]
    [InlineData("Planen blev vedtaget i Byrådet den 3. marts 2020.", "Byrådet den 3. marts 2020", "byraadet", 3, 3, 2020, null)]
    [InlineData("Se punkt 7 på mødet den 3. marts 2020.", "punkt 7 på mødet den 3. marts 2020", null, 3, 3, 2020, 7)]
    [InlineData("Som besluttet på mødet den 3. marts 2020 (punkt 7).", "mødet den 3. marts 2020 (punkt 7)", null, 3, 3, 2020, 7)]
    public void A_reference_is_read_with_its_meeting_and_punkt(string text, string matched, string? committee, int day, int month, int? year, int? number)
    {
        var reference = Assert.Single(Pattern.Find(text));
        Assert.Equal(matched, reference.Text);
        Assert.Equal(matched, text.Substring(reference.Start, reference.Length));
        Assert.Equal(committee, reference.Committee?.Slug);
        Assert.Equal((day, month, year, number), (reference.Day, reference.Month, reference.Year, reference.Number));
    }

    [Theory]
    [InlineData("Der tilmeldes deltagere til mødet den 27. april 2026 i Kolding.")]
    [InlineData("Den 29. november blev analysen sat i gang med et netværksmøde.")]
    [InlineData("Den 17. februar 2026: Drøftelse af politisk retning.")]
    [InlineData("Drøftelsen rammesættes på udvalgs mødet af administrationen.")]
    [InlineData("Se punkt 3 i aftalen.")]
    [InlineData("Pr. 1. november 2017 indførte Jobcenter Herning nogle kriterier.")]
    public void Text_that_names_no_meeting_of_the_committee_is_not_a_reference(string text) =>
        Assert.Empty(Pattern.Find(text));

    [Fact]
    public void A_committee_name_of_several_words_is_found_across_a_line_break()
    {
        var technical = new Committee("teknik", "Udvalget for Teknik", "TEK");
        var reference = Assert.Single(new ReferencePattern([Employment, technical]).Find("Sagen var på møde i Udvalget for\nTeknik den 3. marts 2020."));
        Assert.Equal("teknik", reference.Committee?.Slug);
        Assert.Equal("møde i Udvalget for\nTeknik den 3. marts 2020", reference.Text);
    }

    [Fact]
    public void Several_references_in_one_text_are_found_in_order()
    {
        var references = Pattern.Find("På udvalgsmødet den 29. januar 2020 og på Byrådets møde den 3. marts 2020 blev sagen drøftet.").ToList();
        Assert.Equal(["udvalgsmødet den 29. januar 2020", "Byrådets møde den 3. marts 2020"], references.Select(r => r.Text));
    }
}
