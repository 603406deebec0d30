using System.Text;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Publishing;

/// <summary>
/// A small site with what the feeds, calendars and data must get right: two committees and one without
/// meetings, a closed punkt with secret text, a coming agenda in summer time, a meeting without a time, a case
/// treated twice, a non-KLE case number, text with commas, semicolons, quotes and <c>&lt;/script&gt;</c>, and
/// control characters that XML and iCalendar cannot carry.
/// </summary>
public sealed class PublishingSiteFixture : IAsyncLifetime
{
    public const string BaseUrl = "https://referater.testrup.dk";

    /// <summary>Text only the closed punkt's source holds: it must reach no output file.</summary>
    public const string Secret = "HEMMELIG";

    public const string Place = "Rådhuset, mødelokale 1; stuen";

    public const string Decision10 = "Godkendt, dog med \"ny tidsplan\" </script> & mere.";

    /// <summary>The usual test configuration, with a third committee that has no meetings, a /was statement and non-KLE case numbers.</summary>
    public static readonly string Config = TestSite.DefaultConfig.Replace("koder:", """
          - slug: oekonomiudvalget
            navn: Økonomiudvalget
            kode: ØKU
        koder:
        """, StringComparison.Ordinal) + """

        tilgængelighedserklæring: https://www.was.digst.dk/referater-testrup-dk
        sagsnummer_mønster: '^\d{2}/\d+$'
        """;

    public TestSite Site { get; } = new(Config);

    public string Output => Site.Output;

    /// <summary>How many punkter the site has in all, closed ones included.</summary>
    public const int AgendaItems = 5;

    public async Task InitializeAsync()
    {
        Site.Meeting("beskaeftigelsesudvalget", "2026-02-17", $"""
                ---
                udvalg: beskaeftigelsesudvalget
                dato: 2026-02-17
                tid: "13:30"
                sted: "{Place}"
                ---
                """)
            .Item("beskaeftigelsesudvalget", "2026-02-17", "10-reform.md", TestSite.ItemText(10, "\"Beskæftigelsesreformen: første drøftelse\"",
                body: $"## Resume\n\nUdvalget drøfter reformen.\n\n## Beslutning\n\n{Decision10}\n",
                extra: "sagsbehandler: Karen Hansen\nbilag:\n  - titel: Oplæg om reformen\n    fil: oplaeg.pdf\n"))
            .Item("beskaeftigelsesudvalget", "2026-02-17", "11-lukket.md", TestSite.ItemText(11, "Personalesag", caseNumber: "81.00.00-G01-9-25",
                body: $"## Sagsfremstilling\n\n{Secret}-TEKST om en medarbejder.\n\n## Beslutning\n\n{Secret}-BESLUTNING i sin helhed.\n",
                extra: $"lukket: true\nbeslutning_offentlig: Indstillingen blev godkendt.\nsagsbehandler: {Secret} Sagsbehandler\nbilag:\n  - titel: {Secret}-bilag\n"))
            .Item("beskaeftigelsesudvalget", "2026-02-17", "12-aftale.md", TestSite.ItemText(12,
                "Orientering om samarbejdsaftale med Ærø, Ølstykke og Åbenrå om beskæftigelsesindsatsen for unge", caseNumber: "20/4282",
                body: "## Beslutning\n\nTaget til efterretning.\n"));
        Site.Folder.WriteBytes("input/beskaeftigelsesudvalget/2026-02-17/oplaeg.pdf", TestPdf.With("Oplæg"));

        Site.Meeting("beskaeftigelsesudvalget", "2026-06-09", """
                ---
                udvalg: beskaeftigelsesudvalget
                dato: 2026-06-09
                tid: "16:00"
                sted: Jobcentret
                type: dagsorden
                ---
                """)
            .Item("beskaeftigelsesudvalget", "2026-06-09", "20-reform.md", TestSite.ItemText(20, "\"Beskæftigelsesreformen: politiske prioriteringer\"",
                body: "## Sagsfremstilling\n\nAdministrationen fremlægger et oplæg.\n"));

        Site.Meeting("byraadet", "2026-03-01", """
                ---
                udvalg: byraadet
                dato: 2026-03-01
                ---
                """)
            .Item("byraadet", "2026-03-01", "1-budget.md", TestSite.ItemText(1, @"Budget; drift, anlæg og \ andet", caseNumber: null,
                body: "## Beslutning\n\nVedtaget\f.\u0001\n"));

        var (result, diagnostics) = await Site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Output, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    public IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
