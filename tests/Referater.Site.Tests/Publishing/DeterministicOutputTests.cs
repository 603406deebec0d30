using Referater.Site.Pipeline;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Publishing;

/// <summary>The same input gives the same bytes: no build time, no unordered collections, stable asset names.</summary>
public sealed class DeterministicOutputTests
{
    [Fact]
    public async Task Building_the_seeds_twice_gives_byte_identical_output()
    {
        using var temp = new TempDirectory();
        var first = await Build(temp.Combine("first"));
        var second = await Build(temp.Combine("second"));

        var firstFiles = Files(first);
        Assert.True(firstFiles.Count > 5, $"the seeds give more than five files, got {firstFiles.Count}");
        Assert.Equal(firstFiles, Files(second));
        var different = firstFiles.Where(f => !File.ReadAllBytes(Path.Combine(first, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, f))));
        Assert.Empty(different);
    }

    private static async Task<string> Build(string output)
    {
        var diagnostics = new DiagnosticBag();
        var result = await new BuildPipeline().RunAsync(new BuildOptions(Repository.SeedInput, output), diagnostics);
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
        return output;
    }

    private static List<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f))
            .Order(StringComparer.Ordinal)
            .ToList();
}
