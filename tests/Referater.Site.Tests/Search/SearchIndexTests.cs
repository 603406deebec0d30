using System.Text.Json;
using Referater.Site.Pipeline;
using Referater.Site.Search;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Search;

/// <summary>The build's search index: written into the output by Pagefind, left out on request, and never half-published.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public async Task The_build_writes_a_Danish_Pagefind_index_with_the_meeting_filters()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        var diagnostics = new DiagnosticBag();

        var result = await new BuildPipeline().RunAsync(new BuildOptions(Repository.SeedInput, output), diagnostics);

        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
        Assert.True(File.Exists(Path.Combine(output, "pagefind", "pagefind.js")));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(output, "pagefind"), "wasm.da.pagefind"));
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "pagefind", "pagefind-entry.json")));
        var danish = entry.RootElement.GetProperty("languages").GetProperty("da");
        // Every punkt of the two meetings is a page of the index; the site's own pages are not.
        Assert.Equal(14, danish.GetProperty("page_count").GetInt32());
        // The pages the index was built from are not published, and their folder is gone.
        Assert.False(Directory.Exists(Path.Combine(output, "beskaeftigelsesudvalget", "2026-02-17", "punkt-12")));
        Assert.DoesNotContain(Directory.EnumerateDirectories(temp.Path), d => Path.GetFileName(d).StartsWith(".output", StringComparison.Ordinal));
        Assert.Single(entry.RootElement.GetProperty("languages").EnumerateObject());
    }

    [Fact]
    public async Task No_search_builds_the_site_without_an_index()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        var diagnostics = new DiagnosticBag();

        var result = await new BuildPipeline().RunAsync(new BuildOptions(Repository.SeedInput, output) { Search = false }, diagnostics);

        Assert.True(result.Succeeded);
        Assert.True(File.Exists(Path.Combine(output, "soeg", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "pagefind")));
    }

    [Fact]
    public async Task A_failing_index_build_is_reported()
    {
        // An install of the generator whose pinned Pagefind cannot run: its command exits with an error.
        using var temp = new TempDirectory();
        temp.Write("package.json", """{ "private": true, "dependencies": { "pagefind": "1.6.0" } }""");
        temp.Write("node_modules/pagefind/package.json", """{ "name": "pagefind", "bin": "broken.cjs" }""");
        temp.Write("node_modules/pagefind/broken.cjs", "console.error('indekset kunne ikke skrives'); process.exit(3);");
        var diagnostics = new DiagnosticBag();

        var indexed = await new PagefindIndexer(temp.Path).IndexAsync(temp.Combine("site"), diagnostics);

        Assert.False(indexed);
        var error = Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal("RS0403", error.Code);
        Assert.Equal(temp.Combine("package.json"), error.File);
        Assert.Contains("Pagefind kunne ikke bygge søgeindekset (afslutningskode 3): indekset kunne ikke skrives", error.Message);
        Assert.Contains("--no-search", error.Message);
    }
}
