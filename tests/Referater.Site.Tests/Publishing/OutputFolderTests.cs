using System.Diagnostics;
using Referater.Site.Pipeline;
using Referater.Site.Publishing;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Publishing;

/// <summary>
/// A build replaces its output folder whole, so it refuses any folder that is not an earlier build's: the content, a
/// folder around or inside it, a folder of other files, a link. Folders a killed build left beside the output go at
/// the next build, and a stopped build (Ctrl+C, SIGTERM) publishes nothing.
/// </summary>
public sealed class OutputFolderTests
{
    private static async Task<(int ExitCode, string Error)> Build(string input, string output)
    {
        var (exitCode, _, error) = await InProcessBuild.RunAsync(input, output, search: false);
        return (exitCode, error);
    }

    /// <summary>Every file below a folder with its bytes, to show that nothing was touched.</summary>
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(File.ReadAllBytes(f)));

    private static void AssertRefused(int exitCode, string error, string code, string message)
    {
        Assert.Equal(1, exitCode);
        Assert.Matches($@":1:1: fejl: [^\n]*{System.Text.RegularExpressions.Regex.Escape(message)}[^\n]*\[{code}\]", error);
        Assert.DoesNotContain("Exception", error);
    }

    public static TheoryData<string, string> ContentFolders => new()
    {
        { "input", "output-mappen er indholdsmappen" },
        { ".", "output-mappen indeholder indholdsmappen" },
        { "input/beskaeftigelsesudvalget", "output-mappen ligger inde i indholdsmappen" },
        { "input/site", "output-mappen ligger inde i indholdsmappen" },
    };

    [Theory]
    [MemberData(nameof(ContentFolders))]
    public async Task The_content_or_a_folder_around_or_inside_it_is_refused_and_left_as_it_was(string output, string message)
    {
        using var temp = TempDirectory.WithSeedInput();
        var before = Snapshot(temp.Path);

        var (exitCode, error) = await Build(temp.Combine("input"), temp.Combine(output));

        AssertRefused(exitCode, error, OutputFolder.ContentCode, message);
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Fact]
    public async Task The_content_under_another_name_is_refused()
    {
        using var temp = TempDirectory.WithSeedInput();
        Directory.CreateSymbolicLink(temp.Combine("alias"), temp.Combine("input"));
        var before = Snapshot(temp.Combine("input"));

        var (exitCode, error) = await Build(temp.Combine("input"), temp.Combine("alias"));

        Assert.Equal(1, exitCode);
        Assert.Contains("symbolsk link", error);
        Assert.Equal(before, Snapshot(temp.Combine("input")));
    }

    [Fact]
    public async Task The_working_folder_as_output_is_refused_through_the_real_command()
    {
        using var temp = TempDirectory.WithSeedInput();
        temp.Write("README.md", "# Kommunens repository\n");
        var before = Snapshot(temp.Path);

        var (exitCode, output, error) = SiteCommand.Run(temp.Path, "build", "--output", ".", "--no-search");

        AssertRefused(exitCode, error, OutputFolder.ContentCode, "output-mappen indeholder indholdsmappen");
        Assert.Empty(output);
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData(".git/config")]
    [InlineData("index.html")]
    public async Task A_folder_of_other_files_is_refused_and_left_as_it_was(string file)
    {
        using var temp = TempDirectory.WithSeedInput();
        temp.Write($"andet/{file}", "ikke et byggeri");
        var before = Snapshot(temp.Combine("andet"));

        var (exitCode, error) = await Build(temp.Combine("input"), temp.Combine("andet"));

        AssertRefused(exitCode, error, OutputFolder.ForeignCode, $"mærkefilen {OutputFolder.MarkerName} mangler");
        Assert.Equal(before, Snapshot(temp.Combine("andet")));
    }

    [Fact]
    public async Task A_file_is_refused()
    {
        using var temp = TempDirectory.WithSeedInput();
        temp.Write("output", "en fil");

        var (exitCode, error) = await Build(temp.Combine("input"), temp.Combine("output"));

        AssertRefused(exitCode, error, OutputFolder.ForeignCode, "er en fil");
        Assert.Equal("en fil", File.ReadAllText(temp.Combine("output")));
    }

    [Fact]
    public async Task A_linked_output_folder_is_refused_and_the_link_and_its_target_are_kept()
    {
        using var temp = TempDirectory.WithSeedInput();
        var target = temp.Combine("site");
        Assert.Equal(0, (await Build(temp.Combine("input"), target)).ExitCode);
        var before = Snapshot(target);
        Directory.CreateSymbolicLink(temp.Combine("output"), target);

        var (exitCode, error) = await Build(temp.Combine("input"), temp.Combine("output"));

        AssertRefused(exitCode, error, OutputFolder.LinkCode, "output-mappen er et symbolsk link");
        Assert.Equal(target, new DirectoryInfo(temp.Combine("output")).LinkTarget);
        Assert.Equal(before, Snapshot(target));
    }

    [Fact]
    public async Task An_empty_folder_and_an_earlier_build_are_replaced()
    {
        using var temp = TempDirectory.WithSeedInput();
        Directory.CreateDirectory(temp.Combine("output"));
        Assert.Equal(0, (await Build(temp.Combine("input"), temp.Combine("output"))).ExitCode);
        Assert.True(File.Exists(temp.Combine("output", OutputFolder.MarkerName)));

        File.Delete(temp.Combine("input", "beskaeftigelsesudvalget", "2023-12-12", "index.md"));
        Directory.Delete(temp.Combine("input", "beskaeftigelsesudvalget", "2023-12-12"), recursive: true);
        var (exitCode, error) = await Build(temp.Combine("input"), temp.Combine("output"));

        Assert.True(exitCode == 0, error);
        Assert.False(Directory.Exists(temp.Combine("output", "beskaeftigelsesudvalget", "2023-12-12")));
    }

    [Fact]
    public async Task Folders_left_by_a_killed_build_are_removed_by_the_next_one()
    {
        using var temp = TempDirectory.WithSeedInput();
        temp.Write(".output.staging-999999999-0a1b/index.html", "halvt skrevet");
        temp.Write(".output.previous-0a1b2c/index.html", "gammelt");
        temp.Write("behold/vigtig.txt", "må ikke slettes");
        Directory.CreateSymbolicLink(temp.Combine(".output.staging-999999998-link"), temp.Combine("behold"));
        temp.Write($".output.staging-{Environment.ProcessId}-igang/index.html", "en bygning, der kører nu");

        var (exitCode, error) = await Build(temp.Combine("input"), temp.Combine("output"));

        Assert.True(exitCode == 0, error);
        Assert.False(Directory.Exists(temp.Combine(".output.staging-999999999-0a1b")));
        Assert.False(Directory.Exists(temp.Combine(".output.previous-0a1b2c")));
        Assert.False(Path.Exists(temp.Combine(".output.staging-999999998-link")));
        Assert.Equal("må ikke slettes", File.ReadAllText(temp.Combine("behold", "vigtig.txt")));
        Assert.True(Directory.Exists(temp.Combine($".output.staging-{Environment.ProcessId}-igang")), "a running build's folder is kept");
    }

    [Theory]
    [InlineData("Indlæser indhold", false)]
    [InlineData("Skriver møder", false)]
    [InlineData("Skriver oversigter, feeds og data", false)]
    [InlineData("Bygger søgeindeks", true)]
    [InlineData("Tjekker links", false)]
    public async Task A_build_stopped_at_any_stage_publishes_nothing(string stage, bool search)
    {
        using var temp = TempDirectory.WithSeedInput();
        var output = temp.WritePreviousOutput();
        using var cancel = new CancellationTokenSource();
        var pipeline = new BuildPipeline();
        pipeline.StageStarted += started =>
        {
            if (started == stage)
            {
                cancel.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            pipeline.RunAsync(new BuildOptions(temp.Combine("input"), output) { Search = search }, new Referater.Site.Validation.DiagnosticBag(), cancel.Token));

        Assert.Equal(TempDirectory.PreviousEntries, TempDirectory.Names(output));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(temp.Path), e => Path.GetFileName(e).StartsWith(".output", StringComparison.Ordinal));
    }

    /// <summary>
    /// SIGTERM always; SIGINT (Ctrl+C) only where this process may receive it: a shell starts a background job with
    /// SIGINT ignored, the build inherits that through the test runner, and then rightly keeps going.
    /// </summary>
    public static TheoryData<string> Signals()
    {
        var signals = new TheoryData<string> { "TERM" };
        if (!Ignored(signal: 2))
        {
            signals.Add("INT");
        }
        return signals;
    }

    private static bool Ignored(int signal)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (signal - 1))) != 0;
    }

    [Theory]
    [MemberData(nameof(Signals))]
    public async Task A_signal_stops_the_real_build_promptly_and_publishes_nothing(string signal)
    {
        using var temp = TempDirectory.WithSeedInput();
        var output = temp.WritePreviousOutput();
        using var build = Process.Start(SiteCommand.StartInfo(temp.Path, ["build"]))!;
        var error = build.StandardError.ReadToEndAsync();
        // Wait until the build writes (its staging folder is there), then stop it.
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateDirectories(temp.Path, ".output.staging-*").Any() && !build.HasExited && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
        }
        Assert.False(build.HasExited, "the build ended before it could be stopped");
        using (var kill = Process.Start("kill", [$"-{signal}", build.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        var stopped = Stopwatch.StartNew();
        await build.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token);

        Assert.InRange(stopped.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.NotEqual(0, build.ExitCode);
        Assert.DoesNotContain("Exception", await error);
        Assert.Equal(TempDirectory.PreviousEntries, TempDirectory.Names(output));
        Assert.Equal(TempDirectory.PreviousPage, File.ReadAllText(Path.Combine(output, "index.html")));
        // No program of the build goes on: nothing runs with the site's folder in its command line.
        var left = Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "cmdline")).Where(File.Exists)
            .Where(cmdline => { try { return File.ReadAllText(cmdline).Contains(temp.Path, StringComparison.Ordinal); } catch (IOException) { return false; } catch (UnauthorizedAccessException) { return false; } })
            .ToList();
        Assert.Empty(left);
    }
}
