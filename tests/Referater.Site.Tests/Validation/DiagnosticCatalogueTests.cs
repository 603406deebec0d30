using System.Text.RegularExpressions;
using Referater.Site.Cli;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Validation;

/// <summary>One catalogue of codes: every code the generator reports is in it once, with one severity, and documented.</summary>
public sealed partial class DiagnosticCatalogueTests
{
    [GeneratedRegex("\"(RS\\d{4})\"")]
    private static partial Regex CodeLiteral();

    private static IReadOnlySet<string> CodesInSource() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.EndsWith("DiagnosticCatalogue.cs", StringComparison.Ordinal))
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();

    [Fact]
    public void Every_code_the_source_reports_is_catalogued()
    {
        var missing = CodesInSource().Where(code => DiagnosticCatalogue.Find(code) is null).Order().ToList();
        Assert.True(missing.Count == 0, $"Not in the catalogue: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_catalogued_code_is_reported_somewhere()
    {
        var used = CodesInSource();
        var unused = DiagnosticCatalogue.All.Select(c => c.Code).Where(code => !used.Contains(code)).ToList();
        Assert.True(unused.Count == 0, $"Catalogued but never reported: {string.Join(", ", unused)}");
    }

    [Fact]
    public void Each_code_is_catalogued_once_with_a_title_help_and_example()
    {
        Assert.Equal(DiagnosticCatalogue.All.Length, DiagnosticCatalogue.All.Select(c => c.Code).Distinct().Count());
        Assert.All(DiagnosticCatalogue.All, code =>
        {
            Assert.Matches("^RS\\d{4}$", code.Code);
            Assert.False(string.IsNullOrWhiteSpace(code.Title));
            Assert.False(string.IsNullOrWhiteSpace(code.Help));
            Assert.False(string.IsNullOrWhiteSpace(code.Example));
        });
    }

    [Fact]
    public void The_documentation_is_generated_from_the_catalogue()
    {
        var document = File.ReadAllText(Path.Combine(Repository.Root, DiagnosticCatalogue.DocumentPath));
        Assert.True(document == ExplainCommand.Markdown(), $"{DiagnosticCatalogue.DocumentPath} is out of date: write it again with './referater explain --markdown > {DiagnosticCatalogue.DocumentPath}'.");
        Assert.All(DiagnosticCatalogue.All, code => Assert.Contains($"\n## {code.Code}\n", document));
    }

    [Fact]
    public void A_diagnostic_outside_the_catalogue_is_caught_in_a_test_build()
    {
        var bag = new DiagnosticBag();
        Assert.Throws<InvalidOperationException>(() => bag.Error("a.md", 1, 1, "RS9999", "ukendt"));
        // The same code with another severity than the catalogue's is a defect too.
        Assert.Throws<InvalidOperationException>(() => bag.Warning("a.md", 1, 1, "RS0041", "forkert alvor"));
    }

    [Fact]
    public void Explain_tells_what_a_code_means_and_what_to_do()
    {
        var (exitCode, output, _) = SiteCommand.Run(Repository.Root, "explain", "rs0041");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("RS0041 (fejl): Ugyldigt sagsnummer", output);
        Assert.Contains("Eksempel: sagsnummer: 99", output);

        var unknown = SiteCommand.Run(Repository.Root, "explain", "RS9999");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("fejl: 'RS9999' er ikke en kode", unknown.Error);
    }
}
