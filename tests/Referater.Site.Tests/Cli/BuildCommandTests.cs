using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Cli;

/// <summary>The command line as an editor meets it: exit codes, messages without stack traces, output left alone on failure.</summary>
public sealed class BuildCommandTests
{
    [Fact]
    public void Build_prints_a_summary_and_exits_0()
    {
        using var temp = TempDirectory.WithSeedInput();
        var (exitCode, output, error) = SiteCommand.Run(temp.Path, "build");
        Assert.True(exitCode == 0, error);
        Assert.Matches(@"Bygget: 2 møder, 14 punkter, \d+ sider \(\d+ filer\), 0 advarsler, [\d,]+ s → output", output);
        Assert.True(File.Exists(temp.Combine("output", "beskaeftigelsesudvalget", "2026-02-17", "index.html")));
        // The seeds refer to four meetings that are not in the site: listed as information, counted in the summary.
        Assert.Contains("4 henvisninger i teksten kunne ikke følges", output);
        Assert.Contains("12-orientering-om-invitation-til-partnerskabsdag-om-ungeloeftet.md:22:204: info: henvisningen 'udvalgs mødet den 2. juni' kunne ikke følges", error);
        Assert.True(File.Exists(temp.Combine("output", "pagefind", "pagefind.js")));
    }

    [Fact]
    public void No_search_builds_without_Node()
    {
        using var temp = TempDirectory.WithSeedInput();

        var (exitCode, _, error) = SiteCommand.RunWithPath(DotnetFolder, temp.Path, "build", "--no-search");

        Assert.True(exitCode == 0, error);
        Assert.True(File.Exists(temp.Combine("output", "soeg", "index.html")));
        Assert.False(Directory.Exists(temp.Combine("output", "pagefind")));
    }

    [Fact]
    public void Without_Node_the_build_says_what_to_install_and_leaves_the_previous_output()
    {
        using var temp = TempDirectory.WithSeedInput();
        temp.WritePreviousOutput();

        var (exitCode, output, error) = SiteCommand.RunWithPath(DotnetFolder, temp.Path, "build");

        Assert.Equal(1, exitCode);
        Assert.Contains("fejl: søgeindekset kræver Node.js og npm", error);
        Assert.Contains("--no-search", error);
        Assert.DoesNotContain("Exception", error);
        Assert.Equal("previous site", File.ReadAllText(temp.Combine("output", "index.html")));
        Assert.Empty(output);
    }

    /// <summary>A PATH with dotnet on it and nothing else (no node, no npm): the folder dotnet really lives in.</summary>
    private static string DotnetFolder
    {
        get
        {
            var dotnet = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(directory => Path.Combine(directory, "dotnet"))
                .First(File.Exists);
            var folder = Path.GetDirectoryName(File.ResolveLinkTarget(dotnet, returnFinalTarget: true)?.FullName ?? dotnet)!;
            Assert.False(File.Exists(Path.Combine(folder, "node")), $"{folder} holds both dotnet and node; the test needs a PATH without node.");
            return folder;
        }
    }

    [Fact]
    public void Bad_input_exits_1_with_located_messages_and_leaves_the_previous_output()
    {
        using var temp = TempDirectory.WithSeedInput();
        temp.WritePreviousOutput();
        temp.Write("input/beskaeftigelsesudvalget/2026-02-17/17-nyt.md", "---\nnummer: 17\ntitel: Nyt punkt\nsagsnummer: 99\n---\n");

        var (exitCode, output, error) = SiteCommand.Run(temp.Path, "build", "--input", "input", "--output", "output");

        Assert.Equal(1, exitCode);
        Assert.Contains("input/beskaeftigelsesudvalget/2026-02-17/17-nyt.md:4:1: fejl: '99' er ikke et gyldigt sagsnummer", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
        Assert.Equal("previous site", File.ReadAllText(temp.Combine("output", "index.html")));
        Assert.DoesNotContain(Directory.EnumerateDirectories(temp.Path), d => Path.GetFileName(d).StartsWith(".output", StringComparison.Ordinal));
        Assert.Empty(output);
    }
}
