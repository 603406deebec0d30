using System.Xml.Linq;
using Referater.Site.Tests.Support;
using static Referater.Site.Tests.Support.TestSite;

namespace Referater.Site.Tests.Security;

/// <summary>Text that is odd but harmless is published, never a crash: other digits, control characters, the edges of the calendar.</summary>
public sealed class UnusualTextTests
{
    private static async Task<TestSite> Built(string item, string? meeting = null)
    {
        var site = new TestSite().Meeting(Committee, Date, meeting).Item(Committee, Date, "10-punkt.md", item);
        var (exitCode, _, error) = await InProcessBuild.RunAsync(site.Input, site.Output, search: false);
        Assert.True(exitCode == 0, error);
        return site;
    }

    [Fact]
    public async Task Fullwidth_and_Arabic_Indic_digits_in_references_are_text()
    {
        using var site = await Built(ItemText(10, "Orientering", body: "## Beslutning\n\nSe mødet den \uFF13. marts 2025 (punkt \uFF14) og d. \u0663. april (sag nr. \u0664).\n"));
        Assert.Contains("\uFF13. marts 2025", site.ReadOutput(MeetingPage));
    }

    [Fact]
    public async Task Control_characters_in_values_leave_every_feed_well_formed()
    {
        using var site = await Built(ItemText(10, "\"Punkt \\e[31m med \\x07 styretegn\"", body: "## Beslutning\n\nTekst \u000b med \u0001 styretegn.\n"));
        foreach (var feed in Directory.EnumerateFiles(site.Output, "*.xml", SearchOption.AllDirectories))
        {
            XDocument.Load(feed);
        }
        Assert.Contains("Punkt", site.ReadOutput(MeetingPage));
    }

    [Theory]
    [InlineData("1900-01-01", "00:00")]
    [InlineData("2200-12-31", "23:59")]
    public async Task Meetings_at_the_edges_of_the_allowed_years_are_published(string date, string time)
    {
        using var site = new TestSite()
            .Meeting(Committee, date, $"---\nudvalg: {Committee}\ndato: {date}\ntid: \"{time}\"\n---\n")
            .Item(Committee, date, "1-punkt.md", ItemText(1, "Orientering"));
        var (exitCode, _, error) = await InProcessBuild.RunAsync(site.Input, site.Output, search: false);
        Assert.True(exitCode == 0, error);
        Assert.Contains("BEGIN:VEVENT", site.ReadOutput($"{Committee}/moeder.ics"));
    }
}
