using System.Text;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Validation;

/// <summary>Each kind of bad input gives a Danish diagnostic with file and line, and nothing is written.</summary>
public sealed class BadInputTests
{
    private const string Committee = TestSite.SampleCommittee;
    private const string Date = TestSite.SampleDate;

    private static TestSite ValidSite() => TestSite.WithOneMeeting();

    private static async Task<Diagnostic> SingleError(TestSite site)
    {
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output), "nothing may be written when the input has errors");
        return Assert.Single(diagnostics, d => d.Severity == Severity.Error);
    }

    private static void AssertAt(Diagnostic diagnostic, string fileEnding, int line, string messagePart)
    {
        Assert.EndsWith(fileEnding, diagnostic.File);
        Assert.Equal(line, diagnostic.Line);
        Assert.Contains(messagePart, diagnostic.Message);
        Assert.Matches(@"^.+:\d+:\d+: fejl: .+ \[RS\d{4}\]$", diagnostic.ToString());
    }

    [Fact]
    public async Task Valid_site_builds()
    {
        using var site = ValidSite();
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
        Assert.Contains("Orientering", site.ReadOutput($"{Committee}/{Date}/index.html"));
    }

    [Fact]
    public async Task Unknown_key_suggests_the_right_one()
    {
        using var site = ValidSite().Item(Committee, Date, "11-punkt.md", "---\nnummer: 11\ntitl: Orientering\n---\n");
        var error = await SingleError(site);
        AssertAt(error, "11-punkt.md", 3, "ukendt nøgle 'titl'. Mente du 'titel'?");
    }

    [Fact]
    public async Task Missing_required_key_says_what_to_write()
    {
        using var site = ValidSite().Item(Committee, Date, "11-punkt.md", "---\nnummer: 11\n---\n## Beslutning\n\nGodkendt.\n");
        var error = await SingleError(site);
        AssertAt(error, "11-punkt.md", 1, "nøglen 'titel' mangler");
        Assert.Contains("titel: ", error.Message);
    }

    [Fact]
    public async Task Malformed_yaml_points_at_the_line()
    {
        using var site = ValidSite().Item(Committee, Date, "11-punkt.md", "---\nnummer: 11\ntitel: Orientering\nbilag: [Rapport\n---\n");
        var error = await SingleError(site);
        Assert.Contains("en liste i kantede parenteser lukkes aldrig", error.Message);
        Assert.InRange(error.Line, 4, 5);
        Assert.EndsWith("11-punkt.md", error.File);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date()
    {
        using var site = new TestSite()
            .Meeting(Committee, "2026-02-30", $"---\nudvalg: {Committee}\ndato: 2026-02-30\n---\n")
            .Item(Committee, "2026-02-30", "10-punkt.md", TestSite.ItemText(10, "Orientering"));
        var error = await SingleError(site);
        AssertAt(error, "index.md", 3, "'2026-02-30' er ikke en gyldig dato");
        Assert.Contains("dato: 2026-02-17", error.Message);
    }

    [Fact]
    public async Task A_punkt_number_used_twice()
    {
        using var site = ValidSite().Item(Committee, Date, "11-punkt.md", TestSite.ItemText(10, "Andet punkt"));
        var error = await SingleError(site);
        AssertAt(error, "11-punkt.md", 2, "punkt 10 findes allerede i dette møde (10-punkt.md)");
        Assert.Contains("fx nummer: 11 (det næste ledige)", error.Message);
    }

    [Fact]
    public async Task A_committee_not_in_site_yml()
    {
        using var site = new TestSite()
            .Meeting("skoleudvalget", Date, $"---\nudvalg: skoleudvalget\ndato: {Date}\n---\n")
            .Item("skoleudvalget", Date, "10-punkt.md", TestSite.ItemText(10, "Orientering"));
        var error = await SingleError(site);
        AssertAt(error, "index.md", 2, "udvalget 'skoleudvalget' findes ikke i site.yml");
        Assert.Contains("beskaeftigelsesudvalget", error.Message);
    }

    [Fact]
    public async Task A_case_number_that_fits_no_pattern()
    {
        using var site = ValidSite().Item(Committee, Date, "11-punkt.md", TestSite.ItemText(11, "Orientering", caseNumber: "15.00-A00-3"));
        var error = await SingleError(site);
        AssertAt(error, "11-punkt.md", 4, "'15.00-A00-3' er ikke et gyldigt sagsnummer");
    }

    [Fact]
    public async Task The_configured_pattern_admits_other_case_numbers()
    {
        using var site = new TestSite(TestSite.DefaultConfig + "\nsagsnummer_mønster: '^\\d{2}/\\d+$'\n")
            .Meeting(Committee, Date)
            .Item(Committee, Date, "10-punkt.md", TestSite.ItemText(10, "Orientering", caseNumber: "20/4282"));
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
    }

    [Fact]
    public async Task Two_meetings_of_one_committee_on_one_date()
    {
        using var site = ValidSite()
            .Meeting($"tidligere/{Committee}", Date, $"---\nudvalg: {Committee}\ndato: {Date}\n---\n")
            .Item($"tidligere/{Committee}", Date, "10-punkt.md", TestSite.ItemText(10, "Orientering"));
        var error = await SingleError(site);
        AssertAt(error, $"tidligere/{Committee}/{Date}/index.md", 1, "har allerede et møde den 2026-02-17");
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8()
    {
        using var site = ValidSite();
        var latin1 = Encoding.Latin1.GetBytes("---\nnummer: 11\ntitel: Beskæftigelse\n---\n");
        site.Folder.WriteBytes($"input/{Committee}/{Date}/11-punkt.md", latin1);
        var error = await SingleError(site);
        AssertAt(error, "11-punkt.md", 3, "ikke gemt som UTF-8");
        Assert.Equal(12, error.Column);
    }

    [Fact]
    public async Task A_BOM_and_CRLF_line_endings_are_accepted()
    {
        using var site = ValidSite();
        var text = "---\r\nnummer: 11\r\ntitel: Beskæftigelse\r\n---\r\n## Beslutning\r\n\r\nGodkendt.\r\n";
        site.Folder.WriteBytes($"input/{Committee}/{Date}/11-punkt.md", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
    }

    [Fact]
    public async Task All_problems_of_a_run_are_reported_together()
    {
        using var site = ValidSite()
            .Item(Committee, Date, "11-punkt.md", "---\nnummer: elleve\ntitel: Orientering\n---\n")
            .Item(Committee, Date, "12-punkt.md", "---\nnummer: 12\ntitel: Orientering\nlukket: måske\n---\n");
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        AssertAt(errors[0], "11-punkt.md", 2, "'nummer' skal være et positivt heltal, ikke 'elleve'");
        AssertAt(errors[1], "12-punkt.md", 4, "'lukket' skal være true eller false");
    }

    [Fact]
    public async Task A_missing_attachment_file_is_named()
    {
        using var site = ValidSite().Item(Committee, Date, "11-punkt.md",
            TestSite.ItemText(11, "Orientering", extra: "bilag:\n  - titel: Rapport\n    fil: rapport.pdf\n"));
        site.Folder.Write($"input/{Committee}/{Date}/rapport.pfd", "%PDF");
        var error = await SingleError(site);
        AssertAt(error, "11-punkt.md", 6, "bilaget 'rapport.pdf' findes ikke i mappen. Mente du 'rapport.pfd'?");
    }

    [Fact]
    public async Task Missing_site_yml_is_an_error()
    {
        using var site = new TestSite(config: null).Meeting(Committee, Date);
        var error = await SingleError(site);
        AssertAt(error, "site.yml", 1, "site.yml findes ikke");
    }
}
