using Referater.Site.Import;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Import;

/// <summary>
/// A referat printed to PDF by a browser, with the running header (date and title) and footer (address and "2/5")
/// such printing puts on every page, read in-process (PdfPig): no program needs to be installed.
/// </summary>
public sealed class PdfImportTests
{
    [Fact]
    public void A_printed_pdf_imports_without_its_page_furniture()
    {
        var pdf = File.ReadAllBytes(Repository.Fixture("pdf", "referat-2026-03-10.pdf"));
        using var pdfRun = ImportRun.Of("", fileName: "referat.pdf", content: pdf);

        var meeting = pdfRun.Meeting;
        Assert.Equal(new DateOnly(2026, 3, 10), meeting.Date);
        Assert.Equal(new TimeOnly(14, 0), meeting.Time);
        Assert.Equal("Byrådssalen", meeting.Place);
        Assert.Equal(["Dorte Dahl"], meeting.Absentees.ToArray());
        Assert.Equal("", meeting.IntroMarkdown);
        Assert.Equal([(20, "Plan for indsatsen for ledige 2026"), (21, "Orientering om nøgletal for marts")], meeting.Items.Select(i => (i.Number, i.Title)));
        var item = pdfRun.Item(20);
        Assert.Equal("15.00.00-A00-5-26", item.CaseNumber?.Value);
        Assert.Equal(["Resume", "Sagsfremstilling", "Indstilling", "Beslutning"], item.Sections.Select(s => s.Heading));
        Assert.Contains("\n\n### Baggrund\n\nUdvalget har i flere år", item.Sections[1].Markdown);
        Assert.Equal("Godkendt.", item.Decision!.Markdown);
        Assert.Equal(10, pdfRun.Result.PageArtefacts);

        var written = pdfRun.AllWrittenText();
        Assert.Contains("Afsnit 9 for punkt 21.", written);
        Assert.DoesNotContain("file:", written);
        Assert.DoesNotContain("/5", written);
        Assert.DoesNotContain(" AM", written);
    }
}
