using Referater.Site.Pipeline;
using Referater.Site.Publishing;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Publishing;

/// <summary>Two outputs never share a file, however their paths are written: they are compared as a file system sees them.</summary>
public sealed class OutputPathsTests
{
    private static IReadOnlyList<Diagnostic> Check(params string[] paths)
    {
        var diagnostics = new DiagnosticBag();
        OutputPaths.Check(paths.Select(p => new FileOutput(p, [])), diagnostics);
        return diagnostics.Sorted();
    }

    [Theory]
    [InlineData("index.html", "index.html")]
    [InlineData("sager/../index.html", "index.html")]
    [InlineData("sager/./a/index.html", "sager/a/index.html")]
    [InlineData("sager//a/index.html", "sager/a/index.html")]
    [InlineData("sager/AB-1/index.html", "sager/ab-1/index.html")]
    [InlineData("sager/\u00e5/index.html", "sager/a\u030a/index.html")]
    [InlineData("sager/a./index.html", "sager/a/index.html")]
    [InlineData("sager/index.html", "sager/index.html/feed.xml")]
    [InlineData("sager/a", "sager/a/index.html")]
    public void Paths_that_name_one_file_collide(string first, string second)
    {
        var error = Assert.Single(Check(first, second));
        Assert.Equal(OutputPaths.Code, error.Code);
        Assert.Equal(second, error.File);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("../index.html")]
    [InlineData("sager/../../index.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a\0b")]
    public void A_path_outside_the_site_is_refused(string path) =>
        Assert.Contains("uden for sitets mappe", Assert.Single(Check(path)).Message);

    /// <summary>A folder is noted once, with the folders around it; a file later claimed at any of them still collides.</summary>
    [Theory]
    [InlineData("sager")]
    [InlineData("sager/a")]
    [InlineData("SAGER/A")]
    public void A_file_where_an_earlier_file_made_a_folder_collides(string path)
    {
        var error = Assert.Single(Check("sager/a/b/index.html", "sager/a/feed.xml", path));
        Assert.Equal(path, error.File);
    }

    [Fact]
    public void Different_files_pass() =>
        Assert.Empty(Check("index.html", "feed.xml", "sager/index.html", "sager/a/index.html", "sager/a/feed.xml", "sager/ab/index.html"));
}
