using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Import;

/// <summary>The import command as an editor meets it: what it prints, when it refuses, and what it leaves alone.</summary>
public sealed class ImportCommandTests
{
    private const string Referat = "REFERAT Beskæftigelsesudvalget d. 17-02-2026\n\nMødested: Rådhuset\n\nPunkt 1: Budget\n\nSagsnr.: 15.00.00-A00-3-25\n\nBeslutning\n\nGodkendt.\n";

    private static TempDirectory Folder()
    {
        var temp = new TempDirectory();
        temp.Write("input/site.yml", TestSite.DefaultConfig);
        return temp;
    }

    [Fact]
    public void An_unknown_committee_says_which_lines_to_add_to_site_yml()
    {
        using var temp = Folder();
        temp.Write("referat.txt", "REFERAT Teknik- og Miljøudvalget d. 17-02-2026\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt.\n");
        var (code, output, error) = SiteCommand.Run(temp.Path, "import", "referat.txt");
        Assert.Equal(1, code);
        Assert.Contains("referat.txt:1:1: fejl: udvalget 'Teknik- og Miljøudvalget' findes ikke i site.yml.", error);
        Assert.Contains("  - slug: teknik-og-miljoeudvalget\n    navn: Teknik- og Miljøudvalget\n", error.Replace("\r\n", "\n"));
        Assert.Contains("Intet er skrevet.", error);
        Assert.Empty(output);
        Assert.False(Directory.Exists(temp.Combine("input", "teknik-og-miljoeudvalget")));
    }

    [Fact]
    public void An_existing_meeting_is_only_replaced_with_force()
    {
        using var temp = Folder();
        temp.Write("referat.txt", Referat);
        Assert.Equal(0, SiteCommand.Run(temp.Path, "import", "referat.txt").ExitCode);
        var bundle = temp.Combine("input", "beskaeftigelsesudvalget", "2026-02-17");
        File.AppendAllText(Path.Combine(bundle, "1-budget.md"), "\nRettet af redaktøren.\n");

        temp.Write("referat.txt", Referat.Replace("Godkendt.", "Anbefales."));
        var (code, output, error) = SiteCommand.Run(temp.Path, "import", "referat.txt", "--input", "input");
        Assert.Equal(1, code);
        Assert.Contains("fejl: mødet findes allerede (input/beskaeftigelsesudvalget/2026-02-17). Importen overskriver det kun med --force", error);
        Assert.Empty(output);
        Assert.Contains("Rettet af redaktøren.", File.ReadAllText(Path.Combine(bundle, "1-budget.md")));

        var forced = SiteCommand.Run(temp.Path, "import", "referat.txt", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("Skrev input/beskaeftigelsesudvalget/2026-02-17/1-budget.md", forced.Out);
        Assert.Contains("Anbefales.", File.ReadAllText(Path.Combine(bundle, "1-budget.md")));
        Assert.DoesNotContain("Rettet af redaktøren.", File.ReadAllText(Path.Combine(bundle, "1-budget.md")));
    }

    [Fact]
    public void Warnings_are_printed_with_the_line_they_concern()
    {
        using var temp = Folder();
        temp.Write("referat.txt", Referat.Replace("Beslutning\n", "Noget løst.\n\nBeslutning\n"));
        var (code, output, error) = SiteCommand.Run(temp.Path, "import", "referat.txt");
        Assert.Equal(0, code);
        Assert.Contains("referat.txt:9:1: advarsel: punkt 1: teksten står før punktets første afsnit", error);
        Assert.Contains("Importeret: 1 punkter, 1 advarsler → input/beskaeftigelsesudvalget/2026-02-17", output);
    }

    [Theory]
    [InlineData("%PDF-1.4\n", "RS0504", "PDF'en kan ikke læses")]
    [InlineData("", "RS0504", "PDF'en kan ikke læses")]
    public void A_pdf_that_cannot_be_read_gets_a_clear_message(string content, string code, string message)
    {
        using var temp = Folder();
        temp.WriteBytes("referat.pdf", System.Text.Encoding.ASCII.GetBytes(content));
        var (exitCode, _, error) = SiteCommand.Run(temp.Path, "import", "referat.pdf");
        Assert.Equal(1, exitCode);
        Assert.Contains($"referat.pdf:1:1: fejl: {message}", error);
        Assert.Contains($"[{code}]", error);
        Assert.DoesNotContain("Exception", error);
    }

    [Theory]
    [InlineData("referat.docx", "importen læser .txt, .md, .pdf og .html, ikke '.docx'")]
    [InlineData("mangler.txt", "filen 'mangler.txt' findes ikke")]
    public void Other_files_are_refused_with_a_reason(string file, string message)
    {
        using var temp = Folder();
        temp.Write("referat.docx", "PK");
        var (code, _, error) = SiteCommand.Run(temp.Path, "import", file);
        Assert.Equal(1, code);
        Assert.Contains(message, error);
        Assert.DoesNotContain("Exception", error);
    }
}
