using System.Text;
using Referater.Site.Tests.Support;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Referater.Site.Tests.Import;

/// <summary>
/// The formats a referat arrives in, and what the importer says when it cannot read one; the labels a municipality
/// adds in site.yml; and the damage it never does silently.
/// </summary>
public sealed class SourceFormatTests
{
    private const string Head = "REFERAT Beskæftigelsesudvalget d. 17-02-2026\n\nMødested: Rådhuset\n\n";

    [Fact]
    public void A_saved_web_page_is_read_through_its_structure_without_its_menus_scripts_and_banners()
    {
        var html = File.ReadAllBytes(Repository.Fixture("import-patterns", "webside-2024-03-12-byraadet", "source.html"));
        using var run = ImportRun.Of("", fileName: "referat.html", content: html);
        Assert.Equal(["Godkendelse af dagsorden", "Ny skolestruktur", "Køb af ejendom"], run.Meeting.Items.Select(i => i.Title));
        Assert.Equal(["BSU", "ØKU", "BYR"], run.Item(2).MarkedColumns!.Value.ToArray());
        Assert.Contains("- Nordskolen og Østskolen samles på Nordskolen.\n- Vestskolen fortsætter som i dag.", run.Item(2).Sections[0].Markdown);
        var written = run.AllWrittenText();
        foreach (var furniture in new[] { "cookies", "Accepter", "Google", "Borger", "Forside", "Udskriv", "Til toppen", "Sporing", "dataLayer", "Rådhustorvet" })
        {
            Assert.DoesNotContain(furniture, written);
        }
        Assert.Equal("", run.Meeting.IntroMarkdown);
        // Warnings point into the saved page.
        Assert.Equal(61, Assert.Single(run.Warnings("RS0525")).Line);
    }

    [Fact]
    public void A_web_page_saved_in_windows_1252_is_read_as_its_charset_says()
    {
        var page = "<html><head><meta charset=\"windows-1252\"></head><body><h1>Referat Beskæftigelsesudvalget 17. februar 2026</h1>"
                   + "<h2>Punkt 1: Ældrepleje på Møllevej</h2><h3>Beslutning</h3><p>Godkendt på næste møde.</p></body></html>";
        using var run = ImportRun.Of("", fileName: "referat.htm", content: Encoding.Latin1.GetBytes(page));
        Assert.Equal("Ældrepleje på Møllevej", run.Item(1).Title);
        Assert.Equal("Godkendt på næste møde.", run.Item(1).Decision!.Markdown);
    }

    [Fact]
    public void A_pdf_with_no_text_says_it_needs_text_recognition()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new PdfPoint(50, 50), 200, 100);
        using var run = ImportRun.Of("", fileName: "scannet.pdf", content: builder.Build());
        Assert.False(run.Result.Succeeded);
        Assert.Contains("PDF'en har ingen tekst, kun billeder (et scannet dokument). Kør tekstgenkendelse (OCR)", Assert.Single(run.Diagnostics).Message);
        Assert.Equal("RS0505", run.Diagnostics[0].Code);
    }

    [Fact]
    public void A_municipality_adds_its_own_labels_in_site_yml()
    {
        var config = TestSite.DefaultConfig + "\nimport:\n  indstilling: [Forvaltningen anbefaler følgende]\n  beslutning: Udvalget besluttede\n  sagsnummer: [Akt-nr.]\n";
        var text = Head + "Punkt 1: Budget\n\nAkt-nr.: 2026-000123\n\nForvaltningen anbefaler følgende\n\nat budgettet godkendes.\n\nUdvalget besluttede\n\nGodkendt.\n";
        using var run = ImportRun.Of(text, config + "sagsnummer_mønster: '^\\d{4}-\\d{6}$'\n");
        var item = run.Item(1);
        Assert.Equal("2026-000123", item.CaseNumber?.Value);
        Assert.Equal(["Indstilling", "Beslutning"], item.Sections.Select(s => s.Heading));
        Assert.Equal("Godkendt.", item.Decision!.Markdown);
    }

    [Fact]
    public void An_unknown_kind_of_label_in_site_yml_stops_the_import_with_the_kinds_there_are()
    {
        using var run = ImportRun.Of(Head + "Punkt 1: Budget\n\nBeslutning\n\nGodkendt.\n", TestSite.DefaultConfig + "\nimport:\n  indstiling: [Forslag]\n");
        Assert.False(run.Result.Succeeded);
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("RS0519", error.Code);
        Assert.EndsWith("site.yml", error.File);
        Assert.Equal(14, error.Line);
        Assert.Contains("'indstiling' under 'import' er ikke en slags etiket, importen kender. Mente du 'indstilling'?", error.Message);
    }

    [Fact]
    public void No_silent_damage_a_table_of_contents_that_disagrees_an_untitled_punkt_and_an_unknown_label_are_said()
    {
        var text = Head + "Indholdsfortegnelse\n\n1. Budget\n2. Regnskab\n3. Anlæg\n\n"
                   + "1. Budget\n\nSagsnr.: 15.00.00-A00-3-25\n\nSAGENS BAGGRUND:\n\nBudgettet er lagt.\n\nBeslutning\n\nGodkendt.\n\n"
                   + "2.\n\nSagsnr.: 15.00.00-A00-4-25\n\nBeslutning\n\nGodkendt.\n";
        using var run = ImportRun.Of(text);
        Assert.Contains("indholdsfortegnelsen nævner 3 punkter, men importen fandt 2", Assert.Single(run.Warnings("RS0528")).Message);
        Assert.Contains("punkt 2 har ingen titel i teksten; titlen 'Regnskab' er taget fra indholdsfortegnelsen", Assert.Single(run.Warnings("RS0527")).Message);
        Assert.Contains("'SAGENS BAGGRUND' ligner et afsnit, men importen kender det ikke", Assert.Single(run.Warnings("RS0532")).Message);
        Assert.Contains("### Sagens baggrund\n\nBudgettet er lagt.", run.Item(1).Sections[0].Markdown);
        Assert.Equal("Regnskab", run.Item(2).Title);
    }

    [Fact]
    public void A_text_cut_off_mid_punkt_imports_as_far_as_it_goes()
    {
        var text = Head + "Punkt 1: Budget\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Regnskab\n\nSagsnr.: 15.00.00-A00-4-25\n\nSagsfremstilling\n\nRegnskabet for 2025 viser et overskud på";
        using var run = ImportRun.Of(text);
        Assert.Equal("Regnskabet for 2025 viser et overskud på", run.Item(2).Sections.Single().Markdown);
        Assert.Equal("15.00.00-A00-4-25", run.Item(2).CaseNumber?.Value);
    }
}
