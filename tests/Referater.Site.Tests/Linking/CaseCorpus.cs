using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Linking;

/// <summary>
/// A small site of two committees over several years: cases that recur across meetings and committees, a closed
/// punkt that shares a case number, a case number that is not a KLE number, and a referat that refers back and
/// forward in every way the linker knows, to meetings that exist and to meetings that do not.
/// </summary>
public sealed class CaseCorpus : IAsyncLifetime
{
    public const string Employment = "beskaeftigelsesudvalget";
    public const string Council = "byraadet";
    public const string RecurringCase = "15.00.00-A00-1-14";
    public const string SecretCase = "15.00.00-A00-9-14";
    public const string ReferringFile = "12-ungeloeftet.md";

    public const string Config = TestSite.DefaultConfig + "\nsagsnummer_mønster: '^\\d{2}/\\d+$'\n";

    /// <summary>The referring punkt's body; its first line is line 6 of the file (after five lines of front matter).</summary>
    public const string ReferringBody = """
        ## Sagsfremstilling

        Udvalget blev orienteret om Ungeløftet (jf. punkt 44 'Orientering om Ungeløftet', Møde i Beskæftigelsesudvalget den 19. august 2025).

        Udvalget besluttede på sit møde d. 2. april 2014 (punkt 40) at styrke ungeindsatsen.

        Sagen fremlægges i forlængelse af punkt 14. 'Opfølgning på ungeindsatsen' fra den 19. februar 2020.

        Budgettet blev drøftet på udvalgsmødet den 29. januar 2020 (sag nr. 3), og rammen blev godkendt på Byrådets møde den 3. marts 2020.

        Udvalget hører mere på udvalgsmødet den 2. juni og følger op på udvalgsmødet den 10. marts.

        Sagen var også på Møde i Beskæftigelsesudvalget den 5. maj 2019, se punkt 99 på udvalgsmødet den 29. januar 2020.

        Der tilmeldes deltagere til mødet den 27. april 2026 i Kolding.

        Referatet fra `udvalgsmødet den 29. januar 2020` ligger [på udvalgsmødet den 29. januar 2020](https://example.org/referat) og i *udvalgsmødet den
        29. januar 2020*.

        ### Udvalgsmødet den 29. januar 2020

        Intet.

        ## Beslutning

        Orienteringen blev taget til efterretning, jf. udvalgsmødet den 29. januar 2020.
        """;

    private readonly TestSite _site = new(Config);

    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    public string Output => _site.Output;

    public async Task InitializeAsync()
    {
        _site
            .Meeting(Employment, "2014-04-02")
            .Item(Employment, "2014-04-02", "40-ungeindsats.md", TestSite.ItemText(40, "Ungeindsats", RecurringCase, "## Beslutning\n\nGodkendt.\n"))
            .Item(Employment, "2014-04-02", "41-personsag.md", TestSite.ItemText(41, "Personsag", SecretCase, "## Sagsfremstilling\n\nFortroligt.\n",
                "lukket: true\nbeslutning_offentlig: Sagen blev afgjort.\n"))
            .Meeting(Employment, "2020-01-29")
            .Item(Employment, "2020-01-29", "03-budget.md", TestSite.ItemText(3, "Budget 2021", "00.30.00-S00-1-20"))
            .Item(Employment, "2020-01-29", "04-ungeindsats.md", TestSite.ItemText(4, "Ungeindsats, status", RecurringCase,
                "## Beslutning\n\nStatus blev taget til efterretning.\n\nUdvalget ønsker en ny status.\n\nDen skal komme i februar.\n\nOg igen i marts.\n"))
            .Meeting(Employment, "2020-02-19")
            .Item(Employment, "2020-02-19", "14-opfoelgning.md", TestSite.ItemText(14, "Opfølgning på ungeindsatsen", RecurringCase))
            .Meeting(Council, "2020-03-03")
            .Item(Council, "2020-03-03", "07-ungeindsats.md", TestSite.ItemText(7, "Ungeindsats, ramme", RecurringCase, "## Beslutning\n\nRammen blev godkendt.\n"))
            .Item(Council, "2020-03-03", "08-lukket.md", TestSite.ItemText(8, "Lukket sag", RecurringCase, "## Sagsfremstilling\n\nFortroligt.\n", "lukket: true\n"))
            .Item(Council, "2020-03-03", "09-andet-nummer.md", TestSite.ItemText(9, "Samarbejdsaftale", "20/4282"))
            .Meeting(Employment, "2025-08-19")
            .Item(Employment, "2025-08-19", "44-ungeloeftet.md", TestSite.ItemText(44, "Orientering om Ungeløftet", "15.00.00-P20-1-25"))
            .Meeting(Employment, "2026-02-17")
            .Item(Employment, "2026-02-17", ReferringFile, TestSite.ItemText(12, "Orientering om partnerskabsdag om Ungeløftet", "15.00.00-P20-1-25", ReferringBody))
            .Meeting(Employment, "2026-03-10")
            .Item(Employment, "2026-03-10", "05-opfoelgning.md", TestSite.ItemText(5, "Opfølgning", "15.00.00-P20-1-25"))
            .Meeting(Employment, "2026-12-08")
            .Item(Employment, "2026-12-08", "20-plan.md", TestSite.ItemText(20, "Plan for det kommende år", "15.00.00-A00-5-26",
                "## Sagsfremstilling\n\nPlanen drøftes på udvalgsmødet den 12. januar, som opfølgning på udvalgsmødet den 10. marts og udvalgsmødet den 14. januar.\n\n## Beslutning\n\nDrøftet.\n"))
            .Meeting(Employment, "2027-01-12")
            .Item(Employment, "2027-01-12", "01-plan.md", TestSite.ItemText(1, "Plan", "15.00.00-A00-5-26"));
        var (result, diagnostics) = await _site.BuildAsync();
        Diagnostics = diagnostics;
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
    }

    public IDocument Page(string urlPath) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, urlPath.Trim('/'), "index.html")));

    public IEnumerable<string> AllOutputText() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(File.ReadAllText);

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}
