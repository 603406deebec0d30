using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Cli;

/// <summary>The command line as an editor meets it: exit codes, messages without stack traces, output left alone on failure.</summary>
public sealed class BuildCommandTests
{
    private static (int ExitCode, string Out, string Error) Run(string workingDirectory, params string[] args) =>
        CliProcess.Run(workingDirectory, args);

    [Fact]
    public void Build_prints_a_summary_and_exits_0()
    {
        using var temp = new TempDirectory();
        temp.CopyFrom(Repository.SeedInput, "input");
        var (exitCode, output, error) = Run(temp.Path, "build");
        Assert.True(exitCode == 0, error);
        Assert.Matches(@"Bygget: 2 møder, 14 punkter, \d+ sider \(\d+ filer\), 0 advarsler, [\d,]+ s → output", output);
        Assert.True(File.Exists(temp.Combine("output", "beskaeftigelsesudvalget", "2026-02-17", "index.html")));
    }

    [Fact]
    public void Bad_input_exits_1_with_located_messages_and_leaves_the_previous_output()
    {
        using var temp = new TempDirectory();
        temp.CopyFrom(Repository.SeedInput, "input");
        temp.Write("output/index.html", "previous site");
        temp.Write("input/beskaeftigelsesudvalget/2026-02-17/17-nyt.md", "---\nnummer: 17\ntitel: Nyt punkt\nsagsnummer: 99\n---\n");

        var (exitCode, output, error) = Run(temp.Path, "build", "--input", "input", "--output", "output");

        Assert.Equal(1, exitCode);
        Assert.Contains("input/beskaeftigelsesudvalget/2026-02-17/17-nyt.md:4:1: fejl: '99' er ikke et gyldigt sagsnummer", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
        Assert.Equal("previous site", File.ReadAllText(temp.Combine("output", "index.html")));
        Assert.DoesNotContain(Directory.EnumerateDirectories(temp.Path), d => Path.GetFileName(d).StartsWith(".output", StringComparison.Ordinal));
        Assert.Empty(output);
    }
}
