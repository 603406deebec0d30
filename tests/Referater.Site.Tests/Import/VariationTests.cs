using Referater.Site.Content;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Import;

/// <summary>
/// Real referater vary far beyond the two seeds. Each test imports a small referat written for one variation and
/// checks what the content loader reads back from the bundle.
/// </summary>
public sealed class VariationTests
{
    private const string Head = "REFERAT Beskæftigelsesudvalget d. 17-02-2026\n\nMødested: Rådhuset\n\n";

    private static string Punkt(int number, string title, string facts = "Sagsnr.: 15.00.00-A00-3-25", string body = "Resume\n\nKort resume.\n\nBeslutning\n\nGodkendt.") =>
        $"Punkt {number}: {title}\n\n{facts}\n\n{body}\n\n";

    [Theory]
    [InlineData("Sagsnr.: 15.00.00-A00-3-25")]
    [InlineData("Sagsnr. 15.00.00-A00-3-25")]
    [InlineData("Sagsnummer: 15.00.00-A00-3-25")]
    [InlineData("Sagsid.: 15.00.00-A00-3-25")]
    [InlineData("15.00.00-A00-3-25")]
    public void Case_number_labels_differ(string line)
    {
        using var run = ImportRun.Of(Head + Punkt(1, "Godkendelse af dagsorden", facts: line));
        Assert.Equal("15.00.00-A00-3-25", run.Item(1).CaseNumber?.Value);
    }

    [Fact]
    public void A_case_number_in_another_form_is_accepted_by_the_site_pattern_or_kept_as_a_comment()
    {
        using var accepted = ImportRun.Of(Head + Punkt(1, "Budget", facts: "Sagsnr.: 20/4282"), TestSite.DefaultConfig + "\nsagsnummer_mønster: '^\\d{2}/\\d+$'\n");
        Assert.Equal("20/4282", accepted.Item(1).CaseNumber?.Value);

        using var commented = ImportRun.Of(Head + Punkt(1, "Budget", facts: "Sagsnr.: 20/4282"));
        Assert.Null(commented.Item(1).CaseNumber);
        Assert.Contains("# sagsnummer: 20/4282", commented.AllWrittenText());
        Assert.Single(commented.Warnings("RS0526"));
    }

    [Theory]
    [InlineData("Resume")]
    [InlineData("Sagsresume")]
    [InlineData("Resumé:")]
    public void Resume_labels_differ(string label)
    {
        using var run = ImportRun.Of(Head + Punkt(1, "Budget", body: $"{label}\n\nKort resume.\n\nSagsfremstilling\n\nLang tekst."));
        Assert.Equal(["Resume", "Sagsfremstilling"], run.Item(1).Sections.Select(s => s.Heading));
        Assert.Equal("Kort resume.", run.Item(1).Sections[0].Markdown);
    }

    [Fact]
    public void A_decision_naming_the_committee_is_the_decision_and_another_bodys_decision_keeps_its_heading()
    {
        var body = "Indstilling\n\nat det godkendes.\n\nBeslutning i Økonomiudvalget den 10-02-2026\n\nAnbefales.\n\nBeslutning i Beskæftigelsesudvalget den 17-02-2026\n\nGodkendt";
        using var run = ImportRun.Of(Head + Punkt(1, "Budget", body: body));
        var item = run.Item(1);
        Assert.Equal(["Indstilling", "Beslutning i Økonomiudvalget den 10-02-2026", "Beslutning"], item.Sections.Select(s => s.Heading));
        Assert.Equal("Godkendt", item.Sections[2].Markdown);
    }

    [Theory]
    [InlineData("Punkt 12: Budget 2027", 12)]
    [InlineData("Punkt 12. Budget 2027", 12)]
    [InlineData("Pkt. 12 Budget 2027", 12)]
    [InlineData("Pkt. 12: Budget 2027", 12)]
    [InlineData("12. Budget 2027", 12)]
    [InlineData("# Punkt 12: Budget 2027", 12)]
    [InlineData("## **Punkt 12: Budget 2027**", 12)]
    public void Item_headings_are_numbered_in_many_ways(string heading, int number)
    {
        var text = Head + $"{heading}\n\nSagsnr.: 15.00.00-A00-3-25\n\nSagsfremstilling\n\nDe tre forslag:\n\n1. Første forslag.\n2. Andet forslag.\n\nBeslutning\n\nGodkendt.\n";
        using var run = ImportRun.Of(text);
        var item = Assert.Single(run.Meeting.Items);
        Assert.Equal(number, item.Number);
        Assert.Equal("Budget 2027", item.Title);
        Assert.Contains("1. Første forslag.\n2. Andet forslag.", item.Sections[0].Markdown);
    }

    [Fact]
    public void Unnumbered_items_are_numbered_in_order_with_a_warning()
    {
        var text = Head + "Godkendelse af dagsorden\n\nSagsnr.: 00.01.00-A00-1-26\n\nBeslutning\n\nGodkendt.\n\n"
                   + "Budget 2027\n\nSagsnr.: 00.30.00-S00-2-26\n\nBeslutning\n\nAnbefales.\n";
        using var run = ImportRun.Of(text);
        Assert.Equal([(1, "Godkendelse af dagsorden"), (2, "Budget 2027")], run.Meeting.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal([5, 13], run.Warnings("RS0522").Select(w => w.Line));
    }

    [Fact]
    public void Collapsed_marks_under_a_line_of_codes_leave_the_marked_columns_out()
    {
        using var run = ImportRun.Of(Head + Punkt(1, "Budget", facts: "Sagsnr.: 15.00.00-A00-3-25\n\nKommunikation\n\nDIR BFU BSK BYR\n\nX X"));
        Assert.Equal(["DIR", "BFU", "BSK", "BYR"], run.Meeting.GridColumns.ToArray());
        Assert.Null(run.Item(1).MarkedColumns);
        Assert.Single(run.Warnings("RS0523"));
    }

    [Fact]
    public void Marks_that_kept_their_layout_positions_are_placed_under_their_columns()
    {
        var grid = "Kommunikation\n\nDIR    BFU    BSK    BYR\n              X      X";
        using var run = ImportRun.Of(Head + Punkt(1, "Budget", facts: "Sagsnr.: 15.00.00-A00-3-25\n\n" + grid));
        Assert.Equal(["BSK", "BYR"], run.Item(1).MarkedColumns!.Value.ToArray());
    }

    [Theory]
    [InlineData("Kommunikation\nDIR\n\nBFU\nX\nBSK\n\nBYR\nX")]
    [InlineData("Kommunikation\nDIR\nBFU  X\nBSK\nBYR  X")]
    [InlineData("Kommunikation\n\nDIR\nBFU\nBSK\nBYR\n\nX\n\nX")]
    [InlineData("| DIR | BFU | BSK | BYR |\n|---|---|---|---|\n| | X | | X |")]
    public void One_code_per_line_with_its_cells_keeps_the_marked_columns(string grid)
    {
        using var run = ImportRun.Of(Head + Punkt(1, "Budget", facts: "Sagsnr.: 15.00.00-A00-3-25\n\n" + grid));
        Assert.Equal(["DIR", "BFU", "BSK", "BYR"], run.Meeting.GridColumns.ToArray());
        Assert.Equal(["BFU", "BYR"], run.Item(1).MarkedColumns!.Value.ToArray());
        Assert.Empty(run.Warnings("RS0523"));
    }

    [Fact]
    public void A_punkt_with_another_grid_than_the_meeting_keeps_its_own_columns()
    {
        var text = Head
                   + Punkt(1, "Budget", facts: "Sagsnr.: 15.00.00-A00-3-25\n\nKommunikation\n\nDIR BSK BYR\n\nX")
                   + Punkt(2, "Regnskab", facts: "Sagsnr.: 15.00.00-A00-4-25\n\nKommunikation\n\nDIR BSK BYR\n\nX")
                   + Punkt(3, "Gammel sag", facts: "Sagsnr.: 15.00.00-A00-5-19\n\nKommunikation\n\nDIR FOU BSK TMU BYR\n\nX");
        using var run = ImportRun.Of(text);
        Assert.Equal(["DIR", "BSK", "BYR"], run.Meeting.GridColumns.ToArray());
        Assert.Equal(["DIR", "FOU", "BSK", "TMU", "BYR"], run.Item(3).GridColumns.ToArray());
        Assert.DoesNotContain("kommunikation_kolonner", File.ReadAllText(run.Item(1).SourceFile));
        Assert.Contains("kommunikation_kolonner: [DIR, FOU, BSK, TMU, BYR]", File.ReadAllText(run.Item(3).SourceFile));
    }

    [Theory]
    [InlineData("REFERAT Beskæftigelsesudvalget d. 17-02-2026", "2026-02-17", null)]
    [InlineData("Referat af møde i Beskæftigelsesudvalget 17. februar 2026", "2026-02-17", null)]
    [InlineData("Referat for Beskæftigelsesudvalget tirsdag den 25. februar 2020", "2020-02-25", null)]
    [InlineData("REFERAT Beskæftigelsesudvalget\n\nMødedato Tirsdag d. 17. februar 2026 kl. 13:30", "2026-02-17", "13:30")]
    [InlineData("Beskæftigelsesudvalget\n\nDato: 03.11.2025\n\nTid: kl. 8.15", "2025-11-03", "08:15")]
    [InlineData("DAGSORDEN Beskæftigelsesudvalget 2026-03-10 kl. 15.00", "2026-03-10", "15:00")]
    public void Dates_and_times_are_read_as_Danish_referater_write_them(string head, string date, string? time)
    {
        var text = head.Replace("Beskæftigelsesudvalget\n\nDato", "Udvalg: Beskæftigelsesudvalget\n\nDato", StringComparison.Ordinal)
                   + "\n\n" + Punkt(1, "Budget");
        using var run = ImportRun.Of(text);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), run.Meeting.Date);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), run.Meeting.Time);
        Assert.Equal(head.StartsWith("DAGSORDEN", StringComparison.Ordinal) ? MeetingKind.Dagsorden : MeetingKind.Referat, run.Meeting.Kind);
    }

    [Theory]
    [InlineData("Mødested: Byrådssalen")]
    [InlineData("Mødested Byrådssalen")]
    [InlineData("**Mødested** Byrådssalen")]
    [InlineData("Sted: Byrådssalen.")]
    public void The_place_is_read_with_or_without_a_colon(string line)
    {
        using var run = ImportRun.Of($"REFERAT Beskæftigelsesudvalget d. 17-02-2026\n\n{line}\n\n" + Punkt(1, "Budget"));
        Assert.Equal("Byrådssalen", run.Meeting.Place);
    }

    [Fact]
    public void Attendees_stay_in_the_introduction_and_absentees_become_fravaerende()
    {
        var head = "REFERAT Beskæftigelsesudvalget d. 17-02-2026\n\nDeltagere: Anna Andersen, Bent Berg og Carl Clausen\n\nFraværende: Dorte Dahl\n\nAfbud:\nErik Eriksen\nFrida Friis\n\n";
        using var run = ImportRun.Of(head + Punkt(1, "Budget"));
        Assert.Equal(["Dorte Dahl", "Erik Eriksen", "Frida Friis"], run.Meeting.Absentees.ToArray());
        Assert.Equal("Deltagere: Anna Andersen, Bent Berg, Carl Clausen", run.Meeting.IntroMarkdown);

        using var present = ImportRun.Of("REFERAT Beskæftigelsesudvalget d. 17-02-2026\n\nTil stede: Anna Andersen\n\nFraværende: Ingen\n\n" + Punkt(1, "Budget"));
        Assert.Empty(present.Meeting.Absentees);
        Assert.Equal("Til stede: Anna Andersen", present.Meeting.IntroMarkdown);
    }

    [Fact]
    public void A_sentence_that_holds_a_label_in_lower_case_stays_one_line()
    {
        using var run = ImportRun.Of(Head + Punkt(1, "Budget", body: "Beslutning\n\nIkke til stede: Anna Andersen (A)\n\nGodkendt."));
        Assert.StartsWith("Ikke til stede: Anna Andersen (A)", run.Item(1).Sections.Single(s => s.IsDecision).Markdown);
    }

    [Fact]
    public void Sub_headings_go_inside_their_section_and_known_parts_stand_beside_it()
    {
        var body = "Sagsfremstilling\n\nBaggrund\n\nDer er behov for en ny plan for området.\n\nBeskrivelse\n\nPlanen har tre dele og gælder fra 2027.\n\n"
                   + "Økonomiske forhold og konsekvenser\n\nUdgiften er 2 mio. kr.\n\nHistorik\n\nSagen blev drøftet i 2025.\n\n"
                   + "Økonomi\n\nDer er dækning i budgettet.\n\nBeslutning\n\nGodkendt";
        using var run = ImportRun.Of(Head + Punkt(1, "Plan", body: body));
        var item = run.Item(1);
        Assert.Equal(["Sagsfremstilling", "Økonomiske forhold og konsekvenser", "Historik", "Økonomi", "Beslutning"], item.Sections.Select(s => s.Heading));
        Assert.Equal("### Baggrund\n\nDer er behov for en ny plan for området.\n\n### Beskrivelse\n\nPlanen har tre dele og gælder fra 2027.", item.Sections[0].Markdown);
        Assert.Equal("Godkendt", item.Sections[^1].Markdown);
    }

    [Fact]
    public void The_director_recommends_line_opens_the_indstilling_and_stays_its_first_paragraph()
    {
        var body = "Sagsfremstilling\n\nTekst.\n\nDirektøren for Børn og Unge indstiller,\n\nat planen godkendes,\n\nat udvalget orienteres igen.\n\nBeslutning\n\nGodkendt.";
        using var run = ImportRun.Of(Head + Punkt(1, "Plan", body: body));
        var recommendation = run.Item(1).Sections.Single(s => s.Heading == "Indstilling");
        Assert.Equal("Direktøren for Børn og Unge indstiller,\n\nat planen godkendes,\n\nat udvalget orienteres igen.", recommendation.Markdown);
    }

    [Theory]
    [InlineData("Punkt 2: Køb af ejendom\n\nLukket punkt\n\n")]
    [InlineData("Punkt 2: Lukket punkt: Køb af ejendom\n\n")]
    [InlineData("Punkt 2: Køb af ejendom (Lukket punkt)\n\n")]
    [InlineData("Punkt 2: Lukket punkt\n\n")]
    [InlineData("Punkt 2: Køb af ejendom\n\nResume\n\nLukket punkt\n\n")]
    public void A_closed_punkt_keeps_only_its_number_and_title_and_its_text_is_written_nowhere(string heading)
    {
        var closed = heading + "Sagsnr.: 82.06.00-G10-1-26\n\nSagsbehandler: Hemmelig Hansen\n\nResume\n\nKøbesummen er FORTROLIGBELØB kroner.\n\nBeslutning\n\nGodkendt med FORTROLIGVILKÅR.\n\nBilag\n\nFortroligt tilbud\n\n";
        using var run = ImportRun.Of(Head + Punkt(1, "Budget") + closed + Punkt(3, "Regnskab"));
        var item = run.Item(2);
        Assert.True(item.IsClosed);
        Assert.Equal(heading.StartsWith("Punkt 2: Lukket punkt\n", StringComparison.Ordinal) ? "Lukket punkt" : "Køb af ejendom", item.Title);
        Assert.Empty(item.Sections);
        Assert.Null(item.CaseNumber);
        Assert.Null(item.Caseworker);
        Assert.Empty(item.Attachments);
        var written = run.AllWrittenText();
        foreach (var secret in new[] { "FORTROLIG", "Hemmelig", "Fortroligt tilbud", "82.06.00" })
        {
            Assert.DoesNotContain(secret, written);
        }
        Assert.Equal(3, run.Meeting.Items.Length);
        var warning = Assert.Single(run.Warnings("RS0525"));
        Assert.DoesNotContain("FORTROLIG", warning.Message);
    }

    [Fact]
    public void Page_headers_footers_and_numbers_from_a_pdf_are_removed_and_a_split_paragraph_is_joined()
    {
        var text = "Herning Kommune   Referat Beskæftigelsesudvalget 17-02-2026\n"
                   + "REFERAT Beskæftigelsesudvalget d. 17-02-2026\n\nMødested: Rådhuset\n\n"
                   + "Punkt 1: Budget\n\nSagsnr.: 15.00.00-A00-3-25\n\nSagsfremstilling\n\n"
                   + "Budgettet for 2027 er lagt, og udvalget skal nu tage stilling til\n\n"
                   + "Side 1 af 2\n\f"
                   + "Herning Kommune   Referat Beskæftigelsesudvalget 17-02-2026\n\n"
                   + "de rammer, som byrådet har givet.\n\nBeslutning\n\nGodkendt.\n\n2\n";
        using var run = ImportRun.Of(text);
        var item = run.Item(1);
        Assert.Equal("Budgettet for 2027 er lagt, og udvalget skal nu tage stilling til de rammer, som byrådet har givet.", item.Sections[0].Markdown);
        Assert.Equal("Godkendt.", item.Decision!.Markdown);
        var written = run.AllWrittenText();
        Assert.DoesNotContain("Side 1", written);
        Assert.DoesNotContain("Herning Kommune   Referat", written);
        Assert.Equal(4, run.Result.PageArtefacts); // two running headers, "Side 1 af 2" and the bare "2" at the foot of the last page
    }

    [Fact]
    public void Page_numbers_without_form_feeds_and_the_header_beside_them_are_removed()
    {
        var text = Head + "Punkt 1: Budget\n\nSagsnr.: 15.00.00-A00-3-25\n\nSagsfremstilling\n\nFørste afsnit.\n\nSide 2 af 3\nBeskæftigelsesudvalget 17-02-2026\n\nAndet afsnit.\n\n"
                   + "Side 3 af 3\nBeskæftigelsesudvalget 17-02-2026\n\nTredje afsnit.\n\nBeslutning\n\nGodkendt.\n";
        using var run = ImportRun.Of(text);
        Assert.Equal("Første afsnit.\n\nAndet afsnit.\n\nTredje afsnit.", run.Item(1).Sections[0].Markdown);
    }

    [Fact]
    public void The_table_of_contents_is_skipped_with_or_without_page_numbers()
    {
        var withLeaders = Head + "Indholdsfortegnelse\n\nBudget.....\t3\nRegnskab ........ 4\n\n" + Punkt(1, "Budget") + Punkt(2, "Regnskab");
        using var leaders = ImportRun.Of(withLeaders);
        Assert.Equal([1, 2], leaders.Meeting.Items.Select(i => i.Number));
        Assert.Equal("", leaders.Meeting.IntroMarkdown);

        var listed = Head + "Indholdsfortegnelse\n\nPunkt 1: Budget\n\nPunkt 2: Regnskab\n\n" + Punkt(1, "Budget") + Punkt(2, "Regnskab");
        using var plain = ImportRun.Of(listed);
        Assert.Equal([1, 2], plain.Meeting.Items.Select(i => i.Number));
        Assert.All(plain.Meeting.Items, i => Assert.NotEmpty(i.Sections));
    }

    /// <summary>
    /// Links whose target was lost become their text (a real link stays), and each "at …" of an Indstilling is a
    /// paragraph of its own, also where the extraction put them on consecutive lines.
    /// </summary>
    [Theory]
    [InlineData(
        "Sagsfremstilling\n\nLæs mere her: [Ny aftale \\(uvm.dk\\)](#)\n\n- [Temadag for politikere](#)\n\nSe [planen](https://example.dk/plan).\n\nBeslutning\n\nOK.",
        "Læs mere her: Ny aftale (uvm.dk)\n\n- Temadag for politikere\n\nSe [planen](https://example.dk/plan).")]
    [InlineData(
        "Indstilling\nForvaltningen indstiller,\nat budgettet godkendes,\nat udvalget orienteres igen.\nBeslutning\nGodkendt.",
        "Forvaltningen indstiller,\n\nat budgettet godkendes,\n\nat udvalget orienteres igen.")]
    public void Prose_is_written_as_the_content_format_wants_it(string body, string firstSection)
    {
        using var run = ImportRun.Of(Head + Punkt(1, "Orientering", body: body));
        Assert.Equal(firstSection, run.Item(1).Sections[0].Markdown);
    }

    [Fact]
    public void Attachments_are_read_from_the_bilag_section_as_titles()
    {
        var body = "Beslutning\n\nGodkendt.\n\nBilag\n\nBilag 1: Budgetnotat\n• Tidsplan 2027\n- [Oversigt](#)";
        using var run = ImportRun.Of(Head + Punkt(1, "Budget", body: body));
        Assert.Equal(["Budgetnotat", "Tidsplan 2027", "Oversigt"], run.Item(1).Attachments.Select(a => a.Title));
        Assert.Equal(["Beslutning"], run.Item(1).Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_line_the_importer_cannot_place_is_kept_and_warned_about_with_its_line_number()
    {
        var text = Head + "Mødet blev ledet af formanden.\n\nPunkt 1: Budget\n\nSagsnr.: 15.00.00-A00-3-25\n\nEn løs bemærkning uden afsnit.\n\nResume\n\nKort.\n";
        using var run = ImportRun.Of(text);
        Assert.Equal("Mødet blev ledet af formanden.", run.Meeting.IntroMarkdown);
        Assert.Equal(5, Assert.Single(run.Warnings("RS0531")).Line);
        var item = run.Item(1);
        Assert.Equal(("", "En løs bemærkning uden afsnit."), (item.Sections[0].Heading, item.Sections[0].Markdown));
        Assert.Equal(11, Assert.Single(run.Warnings("RS0520")).Line);
        Assert.Contains($"{Path.GetFileName(run.Source)}:11:1: advarsel: punkt 1: teksten står før", Assert.Single(run.Warnings("RS0520")).ToString());
    }

    [Fact]
    public void The_committee_may_stand_alone_on_a_line_and_an_open_marker_is_consumed()
    {
        var text = "Beskæftigelsesudvalget\n\nMødedato: 17. februar 2026\n\n" + Punkt(1, "Budget", facts: "Åbent punkt\n\nSagsnr.: 15.00.00-A00-3-25");
        using var run = ImportRun.Of(text);
        Assert.Equal("beskaeftigelsesudvalget", run.Meeting.Committee.Slug);
        Assert.Equal(["Resume", "Beslutning"], run.Item(1).Sections.Select(s => s.Heading));
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == Severity.Warning);
    }

    /// <summary>A "Punkt N" in the prose that breaks the order (an earlier number, or one that jumps ahead) stays text.</summary>
    [Theory]
    [InlineData("Punkt 1 i aftalen handler om økonomi.")]
    [InlineData("Se også:\nPunkt 9: Budget for 2027, som blev behandlet i januar.")]
    public void A_heading_that_breaks_the_order_is_kept_as_text_with_a_warning(string prose)
    {
        var body = $"Sagsfremstilling\n\nAftalen har flere dele.\n\n{prose}\n\nBeslutning\n\nGodkendt.";
        using var run = ImportRun.Of(Head + Punkt(5, "Orientering", body: body) + Punkt(6, "Regnskab") + Punkt(7, "Budget"));
        Assert.Equal([5, 6, 7], run.Meeting.Items.Select(i => i.Number));
        Assert.Contains(prose.Split('\n')[^1], run.Item(5).Sections[0].Markdown);
        Assert.Single(run.Warnings("RS0521"));
    }

    [Fact]
    public void A_long_title_wrapped_by_the_pdf_is_joined_and_prose_after_a_short_title_is_not()
    {
        var text = Head + "Punkt 1: Orientering om den sammenhængende plan for skole- og\nvejledningsindsatsen i Herning Kommune\nSagsnr.: 15.00.00-A00-3-25\nResume\nKort.\n\n"
                   + "Punkt 2: Budget\nDer er lagt et budget for næste år.\nBeslutning\nGodkendt.\n\nPunkt 3:\nSagsnr.: 15.00.00-A00-4-25\nBeslutning\nGodkendt.\n";
        using var run = ImportRun.Of(text);
        Assert.Equal("Orientering om den sammenhængende plan for skole- og vejledningsindsatsen i Herning Kommune", run.Item(1).Title);
        Assert.Equal("Budget", run.Item(2).Title);
        Assert.Equal(("", "Der er lagt et budget for næste år."), (run.Item(2).Sections[0].Heading, run.Item(2).Sections[0].Markdown));
        Assert.Equal("Punkt 3", run.Item(3).Title);
        Assert.Single(run.Warnings("RS0527"));
    }

    [Fact]
    public void Markdown_sources_with_hard_breaks_and_bold_headings_are_normalised()
    {
        var text = "# REFERAT Beskæftigelsesudvalget d. 17-02-2026\n\n**Mødested** C3.40\n\n# Punkt 1: Budget\n\n15.00.00-A00-3-25\n\n## Sagsfremstilling\n\n"
                   + "Tal for 2026.  \nTal for 2027.\n\n### **Baggrund**\n\nTekst om baggrunden.\n\n### **Beslutning**\n\nGodkendt.\n";
        using var run = ImportRun.Of(text, fileName: "referat.md");
        Assert.Equal("C3.40", run.Meeting.Place);
        Assert.Equal("Tal for 2026.\\\nTal for 2027.\n\n### Baggrund\n\nTekst om baggrunden.", run.Item(1).Sections[0].Markdown);
        Assert.Equal("Beslutning", run.Item(1).Sections[1].Heading);
    }
}
