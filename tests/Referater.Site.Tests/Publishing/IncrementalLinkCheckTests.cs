using Referater.Benchmarks.Corpus;
using Referater.Site.Pipeline;
using Referater.Site.Publishing;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Publishing;

/// <summary>
/// A build with a cache checks the links of the pages it made, and of the pages it kept only while nothing they could
/// point at is gone: a link an editor wrote to another meeting's punkt breaks when that punkt or meeting goes, though
/// the page that holds the link is kept.
/// </summary>
public sealed class IncrementalLinkCheckTests
{
    private sealed record Site(string Input, string Output, string Cache, string Referring, string Target);

    /// <summary>A generated site whose last meeting's first punkt links to the first meeting's first punkt, built once with the cache.</summary>
    private static async Task<Site> LinkedSite(TempDirectory temp, Func<string, string, string> link)
    {
        var input = temp.Combine("input");
        ContentFormatWriter.Write(new CorpusGenerator().Generate(8), input);
        var meetings = Directory.GetFiles(input, "index.md", SearchOption.AllDirectories).Select(Path.GetDirectoryName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        string FirstPunkt(string meeting) => Directory.GetFiles(meeting, "*.md").Where(f => Path.GetFileName(f) != "index.md").Order(StringComparer.Ordinal).First();
        var target = FirstPunkt(meetings[0]);
        var referring = FirstPunkt(meetings[^1]);
        var meetingUrl = "/" + Path.GetRelativePath(input, meetings[0]).Replace('\\', '/') + "/";
        var number = File.ReadLines(target).First(line => line.StartsWith("nummer:", StringComparison.Ordinal))["nummer:".Length..].Trim();
        File.AppendAllText(referring, $"\nSe også [det tidligere punkt]({link(meetingUrl, number)}).\n");
        var site = new Site(input, temp.Combine("output"), temp.Combine("cache"), referring, target);
        var (first, problems) = await Build(site);
        Assert.True(first.Succeeded, string.Join("\n", problems));
        return site;
    }

    private static async Task<(BuildResult Result, IReadOnlyList<Diagnostic> Problems)> Build(Site site)
    {
        var diagnostics = new DiagnosticBag();
        var result = await new BuildPipeline().RunAsync(new BuildOptions(site.Input, site.Output) { Search = false, CacheDirectory = site.Cache }, diagnostics);
        return (result, diagnostics.Sorted());
    }

    private static void AssertBrokenAt(string file, (BuildResult Result, IReadOnlyList<Diagnostic> Problems) build)
    {
        Assert.False(build.Result.Succeeded);
        Assert.Contains(build.Problems, problem => problem.Code == LinkChecker.Code && problem.File.EndsWith(Path.GetFileName(file), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_to_a_punkt_that_was_removed_is_reported_where_it_was_written()
    {
        using var temp = new TempDirectory();
        var site = await LinkedSite(temp, (meeting, number) => $"{meeting}#punkt-{number}");

        File.Delete(site.Target);

        AssertBrokenAt(site.Referring, await Build(site));
    }

    [Fact]
    public async Task A_link_to_a_meeting_that_was_removed_is_reported_where_it_was_written()
    {
        using var temp = new TempDirectory();
        var site = await LinkedSite(temp, (meeting, _) => meeting);

        Directory.Delete(Path.GetDirectoryName(site.Target)!, recursive: true);

        AssertBrokenAt(site.Referring, await Build(site));
    }

    [Fact]
    public async Task A_broken_link_in_a_page_made_again_is_reported()
    {
        using var temp = new TempDirectory();
        var site = await LinkedSite(temp, (meeting, number) => $"{meeting}#punkt-{number}");
        var unchanged = await Build(site);
        Assert.True(unchanged.Result.Succeeded);
        Assert.Equal(unchanged.Result.Files, unchanged.Result.Kept);

        File.AppendAllText(site.Target, "\nSe [siden](/findes-ikke/).\n");

        AssertBrokenAt(site.Target, await Build(site));
    }
}
