using Referater.Site.Content;
using Referater.Site.Import;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Import;

/// <summary>One import of a referat text into a fresh content folder, and the meeting the content loader reads back from it.</summary>
public sealed class ImportRun : IDisposable
{
    private readonly TempDirectory _temp = new();

    private ImportRun(string text, string config, string fileName, bool force, byte[]? content)
    {
        _temp.Write("input/site.yml", config);
        Source = content is null ? _temp.Write(fileName, text) : _temp.WriteBytes(fileName, content);
        var diagnostics = new DiagnosticBag();
        Result = Importer.Run(new ImportOptions(Source, Input, force), diagnostics);
        Diagnostics = diagnostics.Sorted();
        if (Result.Succeeded)
        {
            var loaded = new DiagnosticBag();
            Site = new ContentLoader(Input, loaded).Load();
            LoadDiagnostics = loaded.Sorted();
        }
    }

    public static ImportRun Of(string text, string config = TestSite.DefaultConfig, string fileName = "referat.txt", bool force = false,
        byte[]? content = null) =>
        new(text, config, fileName, force, content);

    public string Input => _temp.Combine("input");

    public string Source { get; }

    public ImportResult Result { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public IReadOnlyList<Diagnostic> LoadDiagnostics { get; } = [];

    public Site.Content.Site? Site { get; }

    public Meeting Meeting
    {
        get
        {
            Assert.True(Result.Succeeded, string.Join("\n", Diagnostics));
            Assert.DoesNotContain(LoadDiagnostics, d => d.Severity == Severity.Error);
            return Assert.Single(Site!.Meetings);
        }
    }

    public AgendaItem Item(int number) => Meeting.Items.Single(i => i.Number == number);

    public IEnumerable<Diagnostic> Warnings(string code) => Diagnostics.Where(d => d.Severity == Severity.Warning && d.Code == code);

    /// <summary>Everything the import wrote, as one text: what could reach the published site.</summary>
    public string AllWrittenText() => string.Join("\n", Result.WrittenFiles.Select(File.ReadAllText));

    public void Dispose() => _temp.Dispose();
}
