using SectionNames = Referater.Site.Content.SectionNames;
using ContentLoader = Referater.Site.Content.ContentLoader;
using Referater.Site.Pipeline;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;
using static Referater.Site.Tests.Support.TestSite;

namespace Referater.Site.Tests.Validation;

/// <summary>What passes silently unless it is checked: misspelt section headings, a referat without decisions, and runs that report differently.</summary>
public sealed class EditorCheckTests
{
    private static IReadOnlyList<Diagnostic> Check(TestSite site)
    {
        var diagnostics = new DiagnosticBag();
        Task.Run(() => new BuildPipeline().CheckAsync(site.Input, diagnostics)).Wait();
        return diagnostics.Sorted();
    }

    [Theory]
    [InlineData("## Beslutninger", "Beslutning")]
    [InlineData("## Beslutning:", "Beslutning")]
    [InlineData("## beslutningen", "Beslutning")]
    [InlineData("## Besluting", "Beslutning")]
    [InlineData("## Indstiling", "Indstilling")]
    [InlineData("## Sagsfremstiling", "Sagsfremstilling")]
    [InlineData("## Resumé:", "Resume")]
    [InlineData("# Beslutning", "Beslutning")]
    public void A_heading_close_to_a_section_name_is_a_warning_that_names_it(string heading, string meant)
    {
        using var site = new TestSite().Meeting(Committee, Date)
            .Item(Committee, Date, "10-punkt.md", ItemText(10, "Orientering", body: $"## Resume\n\nKort.\n\n{heading}\n\nGodkendt.\n"));
        var warning = Assert.Single(Check(site), d => d.Code == SectionHeadingRule.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("10-punkt.md", warning.File);
        Assert.Equal(10, warning.Line);
        Assert.Contains($"Skriv '## {meant}'", warning.Message);
    }

    [Theory]
    [InlineData("## Beslutning")]
    [InlineData("## Beslutning i Økonomiudvalget den 3. marts 2026")]
    [InlineData("## Økonomi")]
    [InlineData("## Tidsplan og proces")]
    [InlineData("## Høringssvar")]
    [InlineData("### Beslutninger i andre udvalg")]
    public void Headings_that_are_meant_as_written_pass(string heading)
    {
        using var site = new TestSite().Meeting(Committee, Date)
            .Item(Committee, Date, "10-punkt.md", ItemText(10, "Orientering", body: $"## Beslutning\n\nGodkendt.\n\n{heading}\n\nTekst.\n"));
        Assert.DoesNotContain(Check(site), d => d.Code == SectionHeadingRule.Code);
    }

    [Fact]
    public void Only_the_decision_itself_counts_as_the_decision()
    {
        Assert.True(SectionNames.IsDecision("Beslutning"));
        Assert.True(SectionNames.IsDecision("Beslutning i Byrådet den 3. marts 2026"));
        Assert.False(SectionNames.IsDecision("Beslutningskompetence"));
        Assert.False(SectionNames.IsDecision("Beslutningstema"));
    }

    [Fact]
    public void A_referat_punkt_without_a_decision_is_a_warning_but_an_agenda_punkt_is_not()
    {
        using var site = new TestSite()
            .Meeting(Committee, Date)
            .Item(Committee, Date, "10-punkt.md", ItemText(10, "Orientering", body: "## Resume\n\nKort.\n"))
            .Meeting(Committee, "2026-03-17", $"---\nudvalg: {Committee}\ndato: 2026-03-17\ntype: dagsorden\n---\n")
            .Item(Committee, "2026-03-17", "11-punkt.md", ItemText(11, "Orientering", body: "## Resume\n\nKort.\n"));
        var warning = Assert.Single(Check(site), d => d.Code == "RS0051");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith($"{Date}/10-punkt.md", warning.File);
    }

    /// <summary>
    /// Meetings load in parallel; each is judged on its own problems, and the lists are merged in a fixed order. Before,
    /// another meeting's error could drop a valid meeting depending on timing.
    /// </summary>
    [Fact]
    public void Twenty_runs_report_the_same_problems_and_keep_every_valid_meeting()
    {
        using var site = new TestSite();
        var valid = 0;
        for (var day = 1; day <= 28; day++)
        {
            var date = $"2026-02-{day:00}";
            site.Meeting(Committee, date);
            var broken = day % 3 == 0;
            site.Item(Committee, date, "10-punkt.md", broken
                ? "---\nnummer: 10\ntitel: [Punkt\n---\n"
                : ItemText(10, "Orientering", body: $"## Beslutning\n\nGodkendt, jf. udvalgsmødet den {day}. januar.\n"));
            valid += broken ? 0 : 1;
        }
        string? first = null;
        for (var run = 0; run < 20; run++)
        {
            var diagnostics = new DiagnosticBag();
            var loaded = new ContentLoader(site.Input, diagnostics).Load()!;
            Assert.Equal(valid, loaded.Meetings.Length);
            var report = string.Join("\n", diagnostics.Sorted());
            first ??= report;
            Assert.Equal(first, report);
        }
        Assert.Equal(28 - valid, first!.Split('\n').Count(l => l.Contains(": fejl: ", StringComparison.Ordinal)));
    }
}
