using Referater.Site.Cli;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Cli;

/// <summary><c>check</c>: the build's validation without writing anything, as plain lines or as GitHub annotations.</summary>
public sealed class CheckCommandTests
{
    private const string BadItem = "input/beskaeftigelsesudvalget/2026-02-17/17-nyt.md";

    private static TempDirectory SeedCopy(bool broken = false)
    {
        var temp = TempDirectory.WithSeedInput();
        if (broken)
        {
            temp.Write(BadItem, "---\nnummer: 17\ntitel: Nyt punkt\nsagsnummer: 99\n---\n## Beslutning\n\nGodkendt.\n");
        }
        return temp;
    }

    [Fact]
    public void Good_input_passes_and_nothing_is_written()
    {
        using var temp = SeedCopy();
        var (exitCode, output, error) = SiteCommand.Run(temp.Path, "check");
        Assert.True(exitCode == 0, error);
        Assert.Equal("Ingen fejl: 2 møder, 14 punkter, 0 advarsler.", output.Trim());
        // The seeds refer to meetings that are not published here: those references are information, not problems.
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(": info: ", line));
        Assert.Equal(["input"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Bad_input_exits_1_with_located_danish_messages()
    {
        using var temp = SeedCopy(broken: true);
        var (exitCode, output, error) = SiteCommand.Run(temp.Path, "check", "--input", "input");
        Assert.Equal(1, exitCode);
        Assert.Contains($"{BadItem}:4:1: fejl: '99' er ikke et gyldigt sagsnummer. Skriv et KLE-journalnummer", error);
        Assert.Contains("Tjek mislykkedes: 1 fejl, 0 advarsler.", error);
        // The way to read more: explain with the code printed, and the catalogue.
        Assert.Contains("./referater explain RS0041 (alle koder står i docs/diagnostics.md)", error);
        Assert.DoesNotContain("Exception", error);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(temp.Combine("output")));
    }

    [Fact]
    public void Github_format_puts_each_error_on_its_line()
    {
        using var temp = SeedCopy(broken: true);
        var (exitCode, output, _) = SiteCommand.Run(temp.Path, "check", "--format", "github");
        Assert.Equal(1, exitCode);
        var annotation = Assert.Single(output.Split('\n'), line => line.StartsWith("::error", StringComparison.Ordinal));
        Assert.StartsWith($"::error file={BadItem},line=4,col=1,title=RS0041::'99' er ikke et gyldigt sagsnummer.", annotation);
        Assert.EndsWith("[RS0041]", annotation.TrimEnd());
    }

    [Fact]
    public void Github_format_on_good_input_prints_no_errors_or_warnings()
    {
        using var temp = SeedCopy();
        var (exitCode, output, _) = SiteCommand.Run(temp.Path, "check", "--format", "github");
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("::error", output);
        Assert.DoesNotContain("::warning", output);
        Assert.Contains("::notice file=input/beskaeftigelsesudvalget/2026-02-17/12-", output);
    }

    [Fact]
    public void Warnings_and_notes_become_warning_and_notice_annotations_and_do_not_fail()
    {
        using var site = new TestSite()
            .Meeting("beskaeftigelsesudvalget", "2026-02-17")
            .Meeting("byraadet", "2026-02-18")
            .Item("beskaeftigelsesudvalget", "2026-02-17", "10-punkt.md", TestSite.ItemText(10, "Orientering", body: "## Resume\n\nSe Byrådets møde den 3. marts 2020.\n"));
        var (exitCode, output, _) = SiteCommand.Run(site.Folder.Path, "check", "--format", "github");
        Assert.Equal(0, exitCode);
        Assert.Contains("::warning file=input/byraadet/2026-02-18/index.md,line=1,col=1,title=RS0050::mødet har ingen punkter.", output);
        Assert.Contains("::warning file=input/beskaeftigelsesudvalget/2026-02-17/10-punkt.md,line=1,col=1,title=RS0051::punkt 10 har intet afsnit '## Beslutning', men mødet er et referat.", output);
        Assert.Contains("::notice file=input/beskaeftigelsesudvalget/2026-02-17/10-punkt.md,line=8,col=4,title=RS0060::henvisningen 'Byrådets møde den 3. marts 2020' kunne ikke følges", output);
        Assert.Contains("Ingen fejl: 2 møder, 1 punkt, 2 advarsler.", output);
    }

    [Fact]
    public void Annotations_escape_what_would_break_the_command()
    {
        var diagnostic = new Diagnostic("input/a,b:c.md", 3, 7, Severity.Error, "RS0014", "100% forkert\r\nlinje 2: a,b");
        Assert.Equal(
            "::error file=input/a%2Cb%3Ac.md,line=3,col=7,title=RS0014::100%25 forkert%0D%0Alinje 2: a,b [RS0014]",
            GitHubAnnotations.Format(diagnostic));
    }
}
