using System.Text;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Import;

/// <summary>A whole archive in one run, as an editor runs it: files and folders, a summary, a report, nothing written for a file that fails.</summary>
public sealed class ArchiveImportTests
{
    private const string Good = "REFERAT Beskæftigelsesudvalget d. 17-02-2026\n\nMødested: Rådhuset\n\nPunkt 1: Budget\n\nSagsnr.: 15.00.00-A00-3-25\n\nBeslutning\n\nGodkendt.\n";

    /// <summary>Three punkter without numbers: each is numbered after its place, a warning that changes meaning.</summary>
    private const string Unnumbered = "Byrådet - Referat\n\nDato: 3. marts 2026\n\n"
                                      + "Budget\n\nSagsnr.: 00.30.00-S00-1-26\n\nBeslutning\n\nGodkendt.\n\n"
                                      + "Regnskab\n\nSagsnr.: 00.30.00-S00-2-26\n\nBeslutning\n\nGodkendt.\n\n"
                                      + "Anlæg\n\nSagsnr.: 00.30.00-S00-3-26\n\nBeslutning\n\nGodkendt.\n";

    private const string UnknownCommittee = "REFERAT Teknik- og Miljøudvalget d. 17-02-2026\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt.\n";

    private static TempDirectory Archive()
    {
        var temp = new TempDirectory();
        temp.Write("input/site.yml", TestSite.DefaultConfig);
        temp.Write("arkiv/2026/bsk-2026-02-17.txt", Good);
        temp.Write("arkiv/2026/byr-2026-03-03.md", Unnumbered);
        temp.Write("arkiv/2026/tmu-2026-02-17.txt", UnknownCommittee);
        temp.Write("arkiv/2026/noter.docx", "PK");
        temp.Write("arkiv/.skjult/gammel.txt", Good);
        return temp;
    }

    [Fact]
    public void A_folder_imports_file_by_file_and_the_summary_says_what_became_of_each()
    {
        using var temp = Archive();
        var (code, output, error) = SiteCommand.Run(temp.Path, "import", "arkiv", "--report", "rapport.csv");

        Assert.Equal(1, code); // one file failed
        Assert.Matches(@"arkiv/2026/bsk-2026-02-17\.txt\s+beskaeftigelsesudvalget/2026-02-17\s+1\s+0", output);
        Assert.Matches(@"arkiv/2026/byr-2026-03-03\.md\s+byraadet/2026-03-03\s+3\s+\d+\s+3× punkt nummereret efter sin plads", output);
        Assert.Matches(@"arkiv/2026/tmu-2026-02-17\.txt\s+FEJLEDE\s+.*udvalget 'Teknik- og Miljøudvalget' findes ikke i site\.yml", output);
        Assert.DoesNotContain("noter.docx", output); // a folder's other files are not referater
        Assert.DoesNotContain("gammel.txt", output); // nor are hidden folders
        // Repeated warnings of one kind are one line, counted; those that change meaning are marked.
        Assert.Contains("  ! 3× punktet 'Budget' har intet nummer i teksten", output);
        Assert.Single(output.Split('\n'), l => l.Contains("[RS0522]", StringComparison.Ordinal));
        Assert.Contains("Importeret: 2 af 3 filer, 4 punkter", output);
        Assert.Contains("1 fejlede, og for dem er intet skrevet.", output);
        Assert.Empty(error);

        Assert.True(File.Exists(temp.Combine("input", "beskaeftigelsesudvalget", "2026-02-17", "1-budget.md")));
        Assert.True(File.Exists(temp.Combine("input", "byraadet", "2026-03-03", "3-anlaeg.md")));
        Assert.False(Directory.Exists(temp.Combine("input", "teknik-og-miljoeudvalget")));

        var report = File.ReadAllText(temp.Combine("rapport.csv"), Encoding.UTF8);
        var rows = report.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("fil;status;møde;punkter;advarsler;se_efter;advarsler_i_alt;fejl", rows[0]);
        Assert.Equal(4, rows.Length);
        Assert.StartsWith("arkiv/2026/bsk-2026-02-17.txt;importeret;beskaeftigelsesudvalget/2026-02-17;1;0;", rows[1]);
        Assert.Contains("3× punkt nummereret efter sin plads [RS0522]", rows[2]);
        Assert.StartsWith("arkiv/2026/tmu-2026-02-17.txt;fejlet;;;0;;;", rows[3]);
        Assert.Contains("udvalget 'Teknik- og Miljøudvalget' findes ikke i site.yml", rows[3]);
    }

    [Fact]
    public void Every_file_that_imports_gives_exit_code_0_and_files_and_folders_mix()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", TestSite.DefaultConfig);
        temp.Write("en.txt", Good);
        temp.Write("mappe/to.md", Unnumbered);
        var (code, output, _) = SiteCommand.Run(temp.Path, "import", "en.txt", "mappe");
        Assert.Equal(0, code);
        Assert.Contains("Importeret: 2 af 2 filer, 4 punkter", output);
    }

    [Fact]
    public void Two_files_of_one_meeting_in_one_run_are_told_apart_and_the_second_writes_nothing()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", TestSite.DefaultConfig);
        temp.Write("a/dagsorden.txt", Good.Replace("Godkendt.", "Første tekst.", StringComparison.Ordinal));
        temp.Write("b/referat.txt", Good.Replace("Godkendt.", "Anden tekst.", StringComparison.Ordinal));
        var (code, output, _) = SiteCommand.Run(temp.Path, "import", "a", "b", "--force");
        Assert.Equal(1, code);
        Assert.Contains("'b/referat.txt' er samme møde (input/beskaeftigelsesudvalget/2026-02-17) som 'a/dagsorden.txt'", output);
        Assert.Contains("Første tekst.", File.ReadAllText(temp.Combine("input", "beskaeftigelsesudvalget", "2026-02-17", "1-budget.md")));
    }

    [Fact]
    public void Facts_the_text_lacks_come_from_the_command_line()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", TestSite.DefaultConfig);
        temp.Write("side.txt", "Punkt 1: Budget\n\nSagsnr.: 15.00.00-A00-3-25\n\nBeslutning\n\nGodkendt.\n");

        var missing = SiteCommand.Run(temp.Path, "import", "side.txt");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("referatet siger ikke, hvilket udvalg det er fra. Angiv det ved importen med --udvalg SLUG", missing.Error);
        Assert.Contains("mødets dato står ikke i referatet. Angiv den ved importen med --dato ÅÅÅÅ-MM-DD", missing.Error);

        var given = SiteCommand.Run(temp.Path, "import", "side.txt", "--udvalg", "Byrådet", "--dato", "2026-03-03", "--sted", "Byrådssalen");
        Assert.Equal(0, given.ExitCode);
        var index = File.ReadAllText(temp.Combine("input", "byraadet", "2026-03-03", "index.md"));
        Assert.Contains("udvalg: byraadet\ndato: 2026-03-03\n", index);
        Assert.Contains("sted: Byrådssalen\n", index);
    }

    [Fact]
    public void A_command_line_fact_that_contradicts_the_text_wins_and_is_said()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", TestSite.DefaultConfig);
        temp.Write("referat.txt", Good);
        var (code, output, error) = SiteCommand.Run(temp.Path, "import", "referat.txt", "--dato", "2026-02-18");
        Assert.Equal(0, code);
        Assert.Contains("teksten siger mødedatoen 17-02-2026, men --dato siger 18-02-2026; --dato er brugt. [RS0535]", error);
        Assert.Contains("Se efter: 1× kommandolinjen siger andet end teksten [RS0535]", output);
        Assert.True(Directory.Exists(temp.Combine("input", "beskaeftigelsesudvalget", "2026-02-18")));
    }

    [Theory]
    [InlineData(new[] { "referat.txt", "--dato", "17-02-2026" }, "--dato skal være en dato som ÅÅÅÅ-MM-DD")]
    [InlineData(new[] { "referat.txt", "mappe", "--dato", "2026-02-17" }, "--dato gælder ét møde, men importen har 2 filer")]
    [InlineData(new[] { "referat.txt", "--udvalg", "kulturudvalget" }, "--udvalg 'kulturudvalget' findes ikke i site.yml")]
    public void Command_line_facts_that_cannot_hold_are_refused(string[] args, string message)
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", TestSite.DefaultConfig);
        temp.Write("referat.txt", Good);
        temp.Write("mappe/andet.txt", Good);
        var (code, _, error) = SiteCommand.Run(temp.Path, ["import", .. args]);
        Assert.Equal(1, code);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(temp.Combine("input", "beskaeftigelsesudvalget")));
    }
}
