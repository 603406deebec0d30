using Referater.Site.Pipeline;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Support;

/// <summary>A small site written by a test: site.yml, meetings and punkter as files in a temp folder, built in-process.</summary>
public sealed class TestSite : IDisposable
{
    /// <summary>The committee and date most tests build a meeting for.</summary>
    public const string Committee = "beskaeftigelsesudvalget";

    public const string Date = "2026-02-17";

    /// <summary>The page of that meeting, relative to the output folder.</summary>
    public const string MeetingPage = $"{Committee}/{Date}/index.html";

    public const string DefaultConfig = """
        kommune: Testrup Kommune
        url: https://referater.testrup.dk
        udvalg:
          - slug: beskaeftigelsesudvalget
            navn: Beskæftigelsesudvalget
            kode: BSK
          - slug: byraadet
            navn: Byrådet
            kode: BYR
        koder:
          BSK: Beskæftigelsesudvalget
          BYR: Byrådet
        """;

    public const string SampleCommittee = "beskaeftigelsesudvalget";
    public const string SampleDate = "2026-02-17";

    private readonly TempDirectory _temp = new();

    public TestSite(string? config = DefaultConfig)
    {
        if (config is not null)
        {
            _temp.Write("input/site.yml", config);
        }
    }

    public string Input => _temp.Combine("input");

    public string Output => _temp.Combine("output");

    public TempDirectory Folder => _temp;

    public TestSite Meeting(string committee, string date, string? frontMatter = null)
    {
        _temp.Write($"input/{committee}/{date}/index.md", frontMatter ?? $"""
            ---
            udvalg: {committee}
            dato: {date}
            tid: "13:30"
            sted: Rådhuset
            kommunikation: [BSK, BYR]
            ---
            """);
        return this;
    }

    public TestSite Item(string committee, string date, string fileName, string content)
    {
        _temp.Write($"input/{committee}/{date}/{fileName}", content);
        return this;
    }

    /// <summary>The smallest site that builds: one meeting of <see cref="SampleCommittee"/> with punkt 10.</summary>
    public static TestSite WithOneMeeting(string? config = DefaultConfig) =>
        new TestSite(config).Meeting(SampleCommittee, SampleDate).Item(SampleCommittee, SampleDate, "10-punkt.md", ItemText(10, "Orientering"));

    public static string ItemText(int number, string title, string? caseNumber = "15.00.00-A00-3-25", string body = "## Beslutning\n\nGodkendt.\n", string extra = "") =>
        $"---\nnummer: {number}\ntitel: {title}\n{(caseNumber is null ? "" : $"sagsnummer: {caseNumber}\n")}{extra}---\n{body}";

    public async Task<(BuildResult Result, IReadOnlyList<Diagnostic> Diagnostics)> BuildAsync()
    {
        var diagnostics = new DiagnosticBag();
        var result = await new BuildPipeline().RunAsync(new BuildOptions(Input, Output), diagnostics);
        return (result, diagnostics.Sorted());
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose() => _temp.Dispose();
}
