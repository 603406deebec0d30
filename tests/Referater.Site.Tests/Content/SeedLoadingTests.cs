using Referater.Site.Content;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Content;

/// <summary>The two real referater in input/ load completely and faithfully.</summary>
public sealed class SeedLoadingTests
{
    private static readonly Lazy<(Site.Content.Site Site, DiagnosticBag Diagnostics)> Seeds = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var site = new ContentLoader(Repository.SeedInput, diagnostics).Load();
        return (site!, diagnostics);
    });

    private static Meeting MeetingOn(string date) =>
        Seeds.Value.Site.Meetings.Single(m => m.Date == DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Seeds_load_without_errors()
    {
        Assert.DoesNotContain(Seeds.Value.Diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal(2, Seeds.Value.Site.Meetings.Length);
        Assert.Equal("Herning Kommune", Seeds.Value.Site.Config.Municipality);
    }

    [Fact]
    public void Meeting_facts_are_read()
    {
        var meeting = MeetingOn("2026-02-17");
        Assert.Equal("beskaeftigelsesudvalget", meeting.Committee.Slug);
        Assert.Equal(new TimeOnly(13, 30), meeting.Time);
        Assert.Equal("C3.40", meeting.Place);
        Assert.Equal(MeetingKind.Referat, meeting.Kind);
        Assert.Equal(["DIR", "BFU", "SOS", "BSK", "KFU", "BYB", "MIN", "ØKE", "BYR"], meeting.GridColumns.ToArray());
        Assert.Equal(new TimeOnly(8, 0), MeetingOn("2023-12-12").Time);
    }

    [Theory]
    [InlineData("2026-02-17", new[] { 10, 11, 12, 13, 14, 15, 16 })]
    [InlineData("2023-12-12", new[] { 87, 88, 89, 90, 91, 92, 93 })]
    public void Every_punkt_is_loaded_in_order(string date, int[] numbers) =>
        Assert.Equal(numbers, MeetingOn(date).Items.Select(i => i.Number));

    [Theory]
    [InlineData("2026-02-17", 10, "Introduktion til den nye beskæftigelsesreform og forskning på beskæftigelsesområdet", "15.00.00-A00-3-25")]
    [InlineData("2026-02-17", 12, "Orientering om invitation til partnerskabsdag om Ungeløftet", "15.00.00-P20-1-25")]
    [InlineData("2026-02-17", 14, "Orientering om centrale nøgletal på social- og beskæftigelsesområdet", "00.00.00-P19-1719-10")]
    [InlineData("2026-02-17", 16, "Generel orientering fra administrationen", "15.00.00-G01-9-25")]
    [InlineData("2023-12-12", 88, "STUB-projektet", "15.00.00-A00-4-21")]
    [InlineData("2023-12-12", 91, "Taskforce-forløb på hjemløshedsområdet", "27.00.00-P20-7-23")]
    [InlineData("2023-12-12", 93, "Meddelelser til og fra formanden og udvalgets medlemmer", "00.00.00-P19-662-17")]
    public void Titles_and_case_numbers_are_exact(string date, int number, string title, string caseNumber)
    {
        var item = MeetingOn(date).Items.Single(i => i.Number == number);
        Assert.Equal(title, item.Title);
        Assert.Equal(caseNumber, item.CaseNumber?.Value);
    }

    [Fact]
    public void Sections_keep_their_headings_and_order()
    {
        var item = MeetingOn("2026-02-17").Items.Single(i => i.Number == 12);
        Assert.Equal(["Resume", "Sagsfremstilling", "Indstilling", "Beslutning"], item.Sections.Select(s => s.Heading));
        Assert.Contains("### Rammen for invitationen", item.Sections[1].Markdown);
        Assert.Contains("- Kolding den 27. april", item.Sections[1].Markdown);
        Assert.StartsWith("Indstillingen er tiltrådt.", item.Decision!.Markdown);
        Assert.Equal(3, item.Attachments.Length);
    }

    [Fact]
    public void Caseworkers_and_grid_columns_are_read_where_the_source_has_them()
    {
        var punkt14 = MeetingOn("2026-02-17").Items.Single(i => i.Number == 14);
        Assert.Equal("Mads Mosegaard Rahbek", punkt14.Caseworker);
        // The extraction lost which columns were marked: that stays unknown rather than guessed.
        Assert.Null(punkt14.MarkedColumns);
        var punkt93 = MeetingOn("2023-12-12").Items.Single(i => i.Number == 93);
        Assert.Equal(["DIR", "FOU", "BFU", "SOS", "BSK", "KFU", "BYP", "TMU", "ØKE", "BYR"], punkt93.GridColumns.ToArray());
    }

    /// <summary>Every word of each source referat survives into the content (bar the printed header and grid).</summary>
    [Theory]
    [InlineData("2026-02-17")]
    [InlineData("2023-12-12")]
    public void At_least_99_percent_of_the_source_words_are_in_the_content(string date)
    {
        var source = File.ReadAllText(Repository.Fixture("seeds", $"{date}-beskaeftigelsesudvalget.txt"));
        var meeting = MeetingOn(date);
        var content = string.Join("\n", Directory.EnumerateFiles(meeting.SourceDirectory, "*.md").Select(File.ReadAllText));
        SourceWords.AssertMostSurvive(source, content);
    }
}
