using Referater.Site.Content;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Cli;

/// <summary><c>new</c>: a meeting scaffolded from the committee's latest one, which <c>check</c> accepts once its placeholders are replaced.</summary>
public sealed class NewCommandTests
{
    private const string Committee = "beskaeftigelsesudvalget";

    [Fact]
    public void Scaffolds_a_meeting_that_check_and_build_accept()
    {
        using var temp = TempDirectory.WithSeedInput();
        var (exitCode, output, error) = SiteCommand.Run(temp.Path, "new", Committee, "2026-03-17");
        Assert.True(exitCode == 0, error);
        Assert.Contains("Oprettet input/beskaeftigelsesudvalget/2026-03-17/index.md", output);

        var meeting = File.ReadAllText(temp.Combine("input", Committee, "2026-03-17", "index.md"));
        Assert.Contains("udvalg: beskaeftigelsesudvalget\n", meeting);
        Assert.Contains("dato: 2026-03-17\n", meeting);
        // Copied from 2026-02-17, the committee's latest meeting before this one.
        Assert.Contains("tid: \"13:30\"\n", meeting);
        Assert.Contains("sted: C3.40\n", meeting);
        Assert.Contains("kommunikation: [DIR, BFU, SOS, BSK, KFU, BYB, MIN, ØKE, BYR]\n", meeting);

        // 2026-02-17 ended at punkt 16, so the committee's numbering goes on at 17.
        var item = File.ReadAllText(temp.Combine("input", Committee, "2026-03-17", "17-titel-paa-punktet.md"));
        Assert.Contains("\nnummer: 17\n", item);
        Assert.Contains("# sagsnummer: 15.00.00-A00-3-25", item);

        // Every placeholder is an error at its line until the editor replaces it: nothing unfinished is published.
        var file = "input/beskaeftigelsesudvalget/2026-03-17/17-titel-paa-punktet.md";
        var unfinished = SiteCommand.Run(temp.Path, "check");
        Assert.Equal(1, unfinished.ExitCode);
        var lines = item.Split('\n');
        var reported = unfinished.Error.Split('\n').Where(l => l.EndsWith("[RS0006]", StringComparison.Ordinal)).ToList();
        foreach (var placeholder in TemplateText.Placeholders)
        {
            var line = Array.FindIndex(lines, l => l.Contains(placeholder, StringComparison.Ordinal)) + 1;
            Assert.Contains(reported, l => l.StartsWith($"{file}:{line}:", StringComparison.Ordinal) && l.Contains(placeholder, StringComparison.Ordinal));
        }
        Assert.Equal(TemplateText.Placeholders.Count, unfinished.Error.Split('\n').Count(l => l.Contains("[RS0006]")));

        File.WriteAllText(temp.Combine(file), item
            .Replace(TemplateText.Title, "Orientering om ledighed")
            .Replace(TemplateText.Resume, "Udvalget orienteres om ledigheden.")
            .Replace(TemplateText.CaseDescription, "Ledigheden er faldet.")
            .Replace(TemplateText.Recommendation, "Direktøren indstiller, at orienteringen tages til efterretning.")
            .Replace(TemplateText.Decision, "Taget til efterretning."));
        var check = SiteCommand.Run(temp.Path, "check");
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("Ingen fejl: 3 møder, 15 punkter", check.Out);
        var build = SiteCommand.Run(temp.Path, "build", "--no-search");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Contains("Punkt 17: Orientering om ledighed", File.ReadAllText(temp.Combine("output", Committee, "2026-03-17", "index.html")));
    }

    [Theory]
    [InlineData("2023-12-19", 94)]
    [InlineData("2027-01-12", 1)]
    public void Numbering_continues_within_the_year_and_starts_again_at_1(string date, int expected)
    {
        using var temp = TempDirectory.WithSeedInput();
        var (exitCode, _, error) = SiteCommand.Run(temp.Path, "new", Committee, date, "--input", "input");
        Assert.True(exitCode == 0, error);
        Assert.True(File.Exists(temp.Combine("input", Committee, date, $"{expected}-titel-paa-punktet.md")));
        // The only problems are the template's placeholders.
        var check = SiteCommand.Run(temp.Path, "check");
        Assert.All(check.Error.Split('\n').Where(l => l.Contains(": fejl: ", StringComparison.Ordinal)), l => Assert.Contains("[RS0006]", l));
    }

    [Fact]
    public void Refuses_to_overwrite_a_meeting()
    {
        using var temp = TempDirectory.WithSeedInput();
        var index = temp.Combine("input", Committee, "2026-02-17", "index.md");
        var before = File.ReadAllText(index);
        var (exitCode, output, error) = SiteCommand.Run(temp.Path, "new", Committee, "2026-02-17");
        Assert.Equal(1, exitCode);
        Assert.Contains("fejl: mappen 'input/beskaeftigelsesudvalget/2026-02-17' findes allerede", error);
        Assert.Equal(before, File.ReadAllText(index));
        Assert.Equal("", output);
    }

    [Fact]
    public void Unknown_committee_is_refused_with_a_suggestion()
    {
        using var temp = TempDirectory.WithSeedInput();
        var (exitCode, _, error) = SiteCommand.Run(temp.Path, "new", "beskaftigelsesudvalget", "2026-03-17");
        Assert.Equal(1, exitCode);
        Assert.Contains("fejl: udvalget 'beskaftigelsesudvalget' findes ikke i site.yml. Mente du 'beskaeftigelsesudvalget'?", error);
        Assert.False(Directory.Exists(temp.Combine("input", "beskaftigelsesudvalget")));
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("17-03-2026")]
    public void Bad_date_is_refused(string date)
    {
        using var temp = TempDirectory.WithSeedInput();
        var (exitCode, _, error) = SiteCommand.Run(temp.Path, "new", Committee, date);
        Assert.Equal(1, exitCode);
        Assert.Contains($"fejl: '{date}' er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD", error);
        Assert.Equal(2, Directory.EnumerateDirectories(temp.Combine("input", Committee)).Count());
    }

    [Fact]
    public void A_committee_without_meetings_gets_commented_examples()
    {
        using var site = new TestSite();
        var (exitCode, _, error) = SiteCommand.Run(site.Folder.Path, "new", "byraadet", "2026-05-05");
        Assert.True(exitCode == 0, error);
        var meeting = File.ReadAllText(site.Folder.Combine("input", "byraadet", "2026-05-05", "index.md"));
        Assert.Contains("# tid: \"13:30\"", meeting);
        Assert.True(File.Exists(site.Folder.Combine("input", "byraadet", "2026-05-05", "1-titel-paa-punktet.md")));
        var check = SiteCommand.Run(site.Folder.Path, "check");
        Assert.All(check.Error.Split('\n').Where(l => l.Contains(": fejl: ", StringComparison.Ordinal)), l => Assert.Contains("[RS0006]", l));
    }
}
