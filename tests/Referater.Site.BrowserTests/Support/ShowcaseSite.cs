using Referater.Site.Tests.Support;

namespace Referater.Site.BrowserTests.Support;

/// <summary>
/// A small site that uses every building block the seeds do not: the municipality's own colour and logo, absentees,
/// a nine-column Kommunikation grid, caseworkers, an attachment file, a closed punkt, and a correction after publication.
/// </summary>
public static class ShowcaseSite
{
    public const string MeetingUrl = "/byraadet/2026-03-03/";

    public static string WriteInput(TempDirectory temp)
    {
        temp.Write("showcase/site.yml", """
            kommune: Testrup Kommune
            url: https://referater.testrup.dk
            tilgængelighedserklæring: https://www.was.digst.dk/referater-testrup-dk
            logo: logo.svg
            farve: "#8a1538"
            udvalg:
              - slug: byraadet
                navn: Byrådet
                kode: BYR
              - slug: beskaeftigelsesudvalget
                navn: Beskæftigelsesudvalget
                kode: BSK
            koder:
              DIR: Direktionen
              BSK: Beskæftigelsesudvalget
              ØKE: Økonomi- og Erhvervsudvalget
              BYR: Byrådet
            """);
        temp.Write("showcase/logo.svg",
            """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="18" fill="#8a1538"/><path d="M12 26V14h4v8h8v4z" fill="#fff"/></svg>""");
        temp.Write("showcase/byraadet/2026-03-03/index.md", """
            ---
            udvalg: byraadet
            dato: 2026-03-03
            tid: "18:00"
            sted: Byrådssalen, Rådhuset
            fraværende: [Anne Andersen, Bent Bentsen]
            kommunikation: [DIR, BFU, SOS, BSK, KFU, BYB, MIN, ØKE, BYR]
            ---
            Mødet blev ledet af borgmesteren.
            """);
        temp.Write("showcase/byraadet/2026-03-03/1-budgetopfoelgning.md", """
            ---
            nummer: 1
            titel: Budgetopfølgning pr. 31. januar 2026 for Arbejdsmarked og beskæftigelsesindsats
            sagsnummer: 15.00.00-A00-3-25
            kommunikation: [DIR, ØKE, BYR]
            sagsbehandler: Carl Carlsen
            øvrige_sagsbehandlere: [Dorte Dortesen, Erik Eriksen]
            bilag:
              - titel: Budgetopfølgning januar 2026
                fil: budgetopfoelgning.pdf
              - titel: Notat om forbruget
            ---
            ## Resume

            Forbruget følger budgettet. Se [Økonomistyrelsens vejledning](https://www.oes.dk/) for rammerne.

            ## Indstilling

            Direktøren indstiller, at orienteringen tages til efterretning.

            ## Beslutning

            Indstillingen er tiltrådt.
            """);
        // A real PDF: the build reads every public attachment for CPR numbers before it publishes it.
        var pdf = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        pdf.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Budgetopfølgning", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 780), pdf.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica));
        temp.WriteBytes("showcase/byraadet/2026-03-03/budgetopfoelgning.pdf", pdf.Build());
        temp.Write("showcase/byraadet/2026-03-03/2-koeb-af-ejendom.md", """
            ---
            nummer: 2
            titel: Køb af ejendom
            lukket: true
            beslutning_offentlig: Byrådet godkendte købet.
            ---
            """);
        // Published, then corrected: the meeting page shows its changes, and /rettelser/ lists them.
        using var git = GitRepository.Init(temp.Combine("showcase"));
        git.CommitAll("Referat fra byrådets møde 3. marts", new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(1)));
        var item = temp.Combine("showcase/byraadet/2026-03-03/1-budgetopfoelgning.md");
        File.WriteAllText(item, File.ReadAllText(item).Replace("Indstillingen er tiltrådt.", "Indstillingen er tiltrådt med den ændring, at opfølgningen sker kvartalsvis."));
        git.CommitAll("Ret beslutningen i punkt 1", new DateTimeOffset(2026, 3, 6, 14, 30, 0, TimeSpan.FromHours(1)));
        return temp.Combine("showcase");
    }
}
