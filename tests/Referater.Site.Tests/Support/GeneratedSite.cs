using Referater.Benchmarks.Corpus;
using Referater.Site.Pipeline;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Support;

/// <summary>A site of generated meetings in a temp folder, with the folders its output and its cache go to.</summary>
public sealed record GeneratedSite(string Input, string Output, string Cache)
{
    public static GeneratedSite In(TempDirectory temp, int meetings)
    {
        var input = temp.Combine("input");
        ContentFormatWriter.Write(new CorpusGenerator().Generate(meetings), input);
        return new(input, temp.Combine("output"), temp.Combine("cache"));
    }

    /// <summary>Every file of the input written an hour ago: older than any build's start, so the loader trusts its size and time.</summary>
    public static void Age(string input)
    {
        foreach (var file in Directory.GetFiles(input, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }

    /// <summary>A build that must succeed, as the build command runs it; without <paramref name="cache"/>, a clean one.</summary>
    public static async Task<BuildResult> BuildAsync(string input, string output, string? cache, bool search = false)
    {
        var diagnostics = new DiagnosticBag();
        var result = await new BuildPipeline().RunAsync(new BuildOptions(input, output) { Search = search, CacheDirectory = cache }, diagnostics);
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
        return result;
    }
}
