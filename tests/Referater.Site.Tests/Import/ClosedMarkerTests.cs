using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Import;

/// <summary>
/// Closed first: every way a referat marks a closed punkt gives <c>lukket: true</c>, and the punkt's body, caseworker,
/// case number and attachments reach no file the import writes. A mark that may be one is counted as one, and said.
/// </summary>
public sealed class ClosedMarkerTests
{
    private const string Head = "REFERAT Beskæftigelsesudvalget d. 17-02-2026\n\nMødested: Rådhuset\n\n";

    private const string Open = "Punkt 1: Budget\n\nSagsnr.: 15.00.00-A00-3-25\n\nBeslutning\n\nGodkendt.\n\n";

    private const string Secrets = "Sagsbehandler: HEMMELIGNAVN\n\nResume\n\nKøbesummen er HEMMELIGBELØB kroner.\n\nBeslutning\n\nGodkendt med HEMMELIGVILKÅR.\n\nBilag\n\nHEMMELIGBILAG\n\n";

    private const string After = "Punkt 3: Regnskab\n\nBeslutning\n\nGodkendt.\n";

    [Theory]
    [InlineData("Punkt 2: Køb af ejendom\n\nLukket dagsordenspunkt\n\nSagsnr.: 82.06.00-G10-1-26\n\n", "Køb af ejendom")]
    [InlineData("Punkt 2: Køb af ejendom\n\n(Lukket punkt)\n\n", "Køb af ejendom")]
    [InlineData("Punkt 2: [LUKKET] Køb af ejendom\n\n", "Køb af ejendom")]
    [InlineData("Punkt 2: Køb af ejendom [LUKKET]\n\n", "Køb af ejendom")]
    [InlineData("Punkt 2: LUKKET SAG Køb af ejendom\n\n", "Køb af ejendom")]
    [InlineData("Punkt 2: Køb af ejendom - Lukket punkt\n\n", "Køb af ejendom")]
    [InlineData("Punkt 2: Køb af ejendom (Lukket)\n\n", "Køb af ejendom")]
    [InlineData("Punkt 2: Køb af ejendom\n\nFortroligt\n\n", "Køb af ejendom")]
    [InlineData("Punkt 2: Køb af ejendom\n\nSagsnr.: 82.06.00-G10-1-26   Lukket\n\n", "Køb af ejendom")]
    [InlineData("Punkt 2: Køb af ejendom\n\nLukket - 82.06.00-G10-1-26\n\n", "Køb af ejendom")]
    [InlineData("Lukket punkt\n\nPunkt 2: Køb af ejendom\n\n", "Køb af ejendom")]
    public void Every_closed_marker_closes_the_punkt_and_its_text_is_written_nowhere(string heading, string title)
    {
        using var run = ImportRun.Of(Head + Open + heading + Secrets + After);
        var item = run.Item(2);
        Assert.True(item.IsClosed);
        Assert.Equal(title, item.Title);
        Assert.Empty(item.Sections);
        Assert.Null(item.CaseNumber);
        Assert.Null(item.Caseworker);
        Assert.Empty(item.Attachments);
        AssertNothingSecretWritten(run);
        Assert.Equal([1, 2, 3], run.Meeting.Items.Select(i => i.Number));
        Assert.Single(run.Warnings("RS0525"));
        Assert.Empty(run.Warnings("RS0529"));
    }

    [Fact]
    public void A_table_of_contents_that_marks_a_punkt_closed_closes_it()
    {
        var toc = "Dagsordenspunkter\n\n  åbent 1 Budget\n  lukket 2 Køb af ejendom\n  åbent 3 Regnskab\n\n";
        using var run = ImportRun.Of(Head + toc + Open + "Punkt 2: Køb af ejendom\n\n" + Secrets + After);
        Assert.True(run.Item(2).IsClosed);
        AssertNothingSecretWritten(run);
    }

    [Theory]
    [InlineData("Punkt 2: Køb af ejendom Lukket\n\n" + Secrets)]
    [InlineData("Punkt 2: Køb af ejendom\n\n" + "Resume\n\nKøbesummen er HEMMELIGBELØB kroner.\n\nLukket\n\nSagsbehandler: HEMMELIGNAVN\n\nBilag\n\nHEMMELIGBILAG\n\n")]
    public void An_unsure_marker_counts_as_closed_and_is_warned_about(string closed)
    {
        using var run = ImportRun.Of(Head + Open + closed + After);
        Assert.True(run.Item(2).IsClosed);
        Assert.Equal("Køb af ejendom", run.Item(2).Title);
        AssertNothingSecretWritten(run);
        var warning = Assert.Single(run.Warnings("RS0529"));
        Assert.Contains("punkt 2 er måske lukket", warning.Message);
    }

    /// <summary>"Åbent punkt" and "Lukket punkt" side by side head a table's columns; the punkt's own mark says it is open.</summary>
    [Fact]
    public void Open_and_closed_as_column_headers_are_no_mark()
    {
        static string Punkt(int number, string title, string text) =>
            $"Åbent punkt\n\n {number}  {title}\n\n05.00.00-P15-{number}-26\n\nBehandling\n\nMødedato\n\nÅbent punkt\n\nLukket punkt\n\n"
            + $"Beskæftigelsesudvalget\n\n17-02-2026\n\n{number}\n\nResume\n\n{text}\n\n";
        using var run = ImportRun.Of(Head + Punkt(1, "Budget", "Budgettet er lagt.") + Punkt(2, "Vejplan", "Vejplanen er klar.") + Punkt(3, "Regnskab", "Regnskabet er aflagt."));
        Assert.Equal([1, 2, 3], run.Meeting.Items.Select(i => i.Number));
        Assert.All(run.Meeting.Items, i => Assert.False(i.IsClosed));
        Assert.Contains("Vejplanen er klar.", run.AllWrittenText());
    }

    [Fact]
    public void A_title_that_only_begins_with_the_word_is_not_closed()
    {
        using var run = ImportRun.Of(Head + Open + "Punkt 2: Lukket vej ved skolen\n\nResume\n\nVejen lukkes i sommerferien.\n\n" + After);
        Assert.False(run.Item(2).IsClosed);
        Assert.Equal("Lukket vej ved skolen", run.Item(2).Title);
    }

    private static void AssertNothingSecretWritten(ImportRun run)
    {
        var written = run.AllWrittenText();
        foreach (var secret in new[] { "HEMMELIG", "82.06.00" })
        {
            Assert.DoesNotContain(secret, written);
        }
        Assert.All(run.Diagnostics, d => Assert.DoesNotContain("HEMMELIG", d.Message));
    }
}
