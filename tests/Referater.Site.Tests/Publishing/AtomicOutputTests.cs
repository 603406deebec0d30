using System.Security.Cryptography;
using Referater.Site.Pipeline;
using Referater.Site.Publishing;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Publishing;

/// <summary>A failed build leaves the previously published site byte for byte as it was, and no half-written folder beside it.</summary>
public sealed class AtomicOutputTests
{
    /// <summary>Every file of a folder by its relative path, with a hash of its bytes.</summary>
    private static SortedDictionary<string, string> Fingerprint(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(
                file => Path.GetRelativePath(folder, file).Replace('\\', '/'),
                file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))),
            StringComparer.Ordinal);

    private static void AssertNoStagingLeft(TempDirectory temp) =>
        Assert.DoesNotContain(Directory.EnumerateDirectories(temp.Path), d => Path.GetFileName(d).StartsWith(".output", StringComparison.Ordinal));

    [Fact]
    public void Invalid_input_leaves_the_previous_output_untouched()
    {
        using var temp = TempDirectory.WithSeedInput();
        Assert.Equal(0, SiteCommand.Run(temp.Path, "build").ExitCode);
        var before = Fingerprint(temp.Combine("output"));
        Assert.Contains("beskaeftigelsesudvalget/2026-02-17/index.html", before.Keys);

        temp.Write("input/beskaeftigelsesudvalget/2026-02-17/12-orientering-om-invitation-til-partnerskabsdag-om-ungeloeftet.md", "---\nnummer: 12\ntitl: Ødelagt\n---\n");
        var (exitCode, _, error) = SiteCommand.Run(temp.Path, "build");

        Assert.Equal(1, exitCode);
        Assert.Contains("ukendt nøgle 'titl'", error);
        Assert.Equal(before, Fingerprint(temp.Combine("output")));
        AssertNoStagingLeft(temp);
    }

    [Fact]
    public async Task A_failure_while_writing_leaves_the_previous_output_untouched()
    {
        using var temp = TempDirectory.WithSeedInput();
        Assert.Equal(0, SiteCommand.Run(temp.Path, "build").ExitCode);
        var output = temp.Combine("output");
        var before = Fingerprint(output);

        // An attachment that vanishes between loading and writing: the write stage fails after other files were written.
        // (Written in two calls: within one, the files are written in parallel, and the failure may stop the others first.)
        using (var staging = new StagedOutput(output))
        {
            var writer = new SiteWriter(new FolderSink(staging.StagingDirectory), new Referater.Site.Validation.DiagnosticBag());
            await writer.WriteAllAsync(
            [
                new FileOutput("index.html", "<!DOCTYPE html><title>Ny</title>"u8.ToArray()),
                new FileOutput("beskaeftigelsesudvalget/index.html", "ny"u8.ToArray()),
            ], CancellationToken.None);
            Assert.True(File.Exists(Path.Combine(staging.StagingDirectory, "index.html")));
            await Assert.ThrowsAnyAsync<IOException>(() => writer.WriteAllAsync(
                [new CopiedFile("beskaeftigelsesudvalget/2026-02-17/bilag.pdf", temp.Combine("input", "forsvundet.pdf"))], CancellationToken.None));
        }

        Assert.Equal(before, Fingerprint(output));
        AssertNoStagingLeft(temp);
    }
}
