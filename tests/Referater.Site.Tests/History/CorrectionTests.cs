using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Referater.Site.Content.History;
using Referater.Site.Rendering.Corrections;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;
using static Referater.Site.Tests.Support.TestSite;

namespace Referater.Site.Tests.History;

/// <summary>
/// The corrections record, from a repository built in the test: init, commit, edit, commit, build. Every change to a
/// published meeting's public text is on the meeting's page, on /rettelser/ and in /rettelser.xml, dated by its commit.
/// </summary>
public sealed class CorrectionTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly DateTimeOffset Published = new(2026, 2, 18, 10, 0, 0, TimeSpan.FromHours(1));

    private static readonly DateTimeOffset Corrected = new(2026, 2, 20, 9, 15, 0, TimeSpan.FromHours(1));

    private const string OpenItem = "10-noegletal.md";

    private const string ClosedItem = "11-lukket.md";

    private readonly TestSite _site = new();

    private readonly GitRepository _git;

    public CorrectionTests()
    {
        _site.Meeting(Committee, Date)
            .Item(Committee, Date, OpenItem, ItemText(10, "Orientering om nøgletal", body: "## Beslutning\n\nIndstillingen er tiltrådt af udvalget.\n"))
            .Item(Committee, Date, ClosedItem, ItemText(11, "Personalesag", caseNumber: null,
                body: "## Sagsfremstilling\n\nQx7FirstPrivateText om en medarbejder.\n",
                extra: "lukket: true\nbeslutning_offentlig: Udvalget traf beslutning i sagen.\n"));
        _git = GitRepository.Init(_site.Folder.Path);
        _git.CommitAll("Referat fra mødet 17. februar", Published);
    }

    public void Dispose()
    {
        _git.Dispose();
        _site.Dispose();
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_site.Input, Committee, Date, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<Diagnostic>> BuildAsync()
    {
        var (result, diagnostics) = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
        return diagnostics;
    }

    private AngleSharp.Dom.IDocument Page(string file) => new HtmlParser().ParseDocument(_site.ReadOutput(file));

    private List<XElement> FeedEntries() => XDocument.Parse(_site.ReadOutput("rettelser.xml")).Root!.Elements(Atom + "entry").ToList();

    private JsonElement OParlMeeting() =>
        JsonDocument.Parse(_site.ReadOutput($"oparl/v1/meeting/{Committee}/{Date}.json")).RootElement;

    [Fact]
    public async Task A_corrected_decision_is_on_the_meeting_page_the_corrections_page_and_the_feed_as_a_word_diff()
    {
        Edit(OpenItem, "tiltrådt", "godkendt");
        var commit = _git.CommitAll("Ret beslutningen i punkt 10\n\nUdvalget godkendte indstillingen; referatet sagde tiltrådt.", Corrected);
        await BuildAsync();
        var anchor = $"aendring-{commit[..7]}";

        var section = Page(MeetingPage).GetElementById("aendringer")!;
        Assert.Equal("Ændringer efter offentliggørelse", section.QuerySelector("h2")!.TextContent);
        Assert.Contains("Referatet blev offentliggjort 18. februar 2026 kl. 10:00.", section.QuerySelector("p")!.TextContent);
        var entry = Assert.Single(section.QuerySelectorAll("li.correction"));
        Assert.Equal(anchor, entry.Id);
        Assert.Equal("20. februar 2026 kl. 09:15", entry.QuerySelector("h3 time")!.TextContent);
        Assert.Equal("2026-02-20T08:15:00Z", entry.QuerySelector("h3 time")!.GetAttribute("datetime"));
        Assert.Equal("Ret beslutningen i punkt 10", entry.QuerySelector(".correction__message")!.TextContent);
        var part = Assert.Single(entry.QuerySelectorAll(".correction__parts > li"));
        Assert.Equal($"/{Committee}/{Date}/#punkt-10", part.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("[slettet:] tiltrådt", part.QuerySelector("del")!.TextContent);
        Assert.Equal("[tilføjet:] godkendt", part.QuerySelector("ins")!.TextContent);
        Assert.Equal("Punkt 10: Orientering om nøgletal · Beslutning: Indstillingen er [slettet:] tiltrådt [tilføjet:] godkendt af udvalget.", part.TextContent);
        Assert.True(section.HasAttribute("data-pagefind-ignore"), "removed words must not be found by search");

        var freshness = Page(MeetingPage).QuerySelector(".site-footer__freshness")!;
        Assert.Contains("Indholdet er senest ændret 20. februar 2026 kl. 09:15.", freshness.TextContent);
        Assert.Equal("#aendringer", freshness.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/rettelser/", Page("index.html").QuerySelector(".site-footer__freshness a")!.GetAttribute("href"));

        var listed = Assert.Single(Page("rettelser/index.html").QuerySelectorAll("li.correction"));
        Assert.Equal($"/{Committee}/{Date}/#{anchor}", listed.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("Referat Beskæftigelsesudvalget 17. februar 2026", listed.QuerySelector("h2 a")!.TextContent);
        Assert.Equal("20. februar 2026 kl. 09:15: Ret beslutningen i punkt 10", listed.QuerySelector(".correction__message")!.TextContent);

        var feedEntry = Assert.Single(FeedEntries());
        Assert.Equal($"tag:referater.testrup.dk,2026-02-20:{Committee}/{Date}/rettelse/{commit[..7]}", feedEntry.Element(Atom + "id")!.Value);
        Assert.Equal("2026-02-20T09:15:00+01:00", feedEntry.Element(Atom + "updated")!.Value);
        Assert.Equal(
            "Ret beslutningen i punkt 10\nPunkt 10: Orientering om nøgletal · Beslutning: Indstillingen er [-tiltrådt-]{+godkendt+} af udvalget.",
            feedEntry.Element(Atom + "summary")!.Value);
        var parsed = NodeScript.Run("read-feeds.mjs", [Path.Combine(_site.Output, "rettelser.xml")])[0];
        var item = Assert.Single(parsed.GetProperty("items").EnumerateArray());
        Assert.Equal($"https://referater.testrup.dk/{Committee}/{Date}/#{anchor}", item.GetProperty("url").GetString());
        Assert.Equal("Rettelse: Referat Beskæftigelsesudvalget 17. februar 2026", item.GetProperty("title").GetString());
        Assert.Contains("<del>tiltrådt</del> <ins>godkendt</ins>", item.GetProperty("content").GetString());

        var meeting = OParlMeeting();
        Assert.Equal("2026-02-18T10:00:00+01:00", meeting.GetProperty("created").GetString());
        Assert.Equal("2026-02-20T09:15:00+01:00", meeting.GetProperty("modified").GetString());
        var items = meeting.GetProperty("agendaItem").EnumerateArray().ToList();
        Assert.Equal("2026-02-20T09:15:00+01:00", items[0].GetProperty("modified").GetString());
        Assert.Equal("2026-02-18T10:00:00+01:00", items[1].GetProperty("modified").GetString());
    }

    [Fact]
    public async Task A_change_to_a_closed_punkts_private_text_is_no_correction()
    {
        Edit(ClosedItem, "Qx7FirstPrivateText", "Qx7SecondPrivateText");
        _git.CommitAll("Ret teksten i det lukkede punkt", Corrected);
        await BuildAsync();

        Assert.Null(Page(MeetingPage).GetElementById("aendringer"));
        Assert.Empty(FeedEntries());
        Assert.Contains("Ingen dagsorden eller referat er ændret", Page("rettelser/index.html").QuerySelector("main")!.TextContent);
        Assert.Equal("2026-02-18T10:00:00+01:00", OParlMeeting().GetProperty("modified").GetString());
        Assert.Contains("senest ændret 18. februar 2026 kl. 10:00", Page(MeetingPage).QuerySelector(".site-footer__freshness")!.TextContent);
        Assert.Null(Page(MeetingPage).QuerySelector(".site-footer__freshness a"));
        var leaks = OutputFiles.Readable(_site.Output)
            .Where(f => OutputFiles.Contains(f.Content, "Qx7FirstPrivateText") || OutputFiles.Contains(f.Content, "Qx7SecondPrivateText"));
        Assert.Empty(leaks.Select(f => f.Path));
    }

    [Fact]
    public async Task A_punkt_closed_after_publication_shows_only_that_it_was_closed()
    {
        _site.Item(Committee, Date, "12-aabent.md", ItemText(12, "Ansættelse af leder", caseNumber: "81.03.00-G01-2-26",
            body: "## Sagsfremstilling\n\nQx7WasPublicMarker om ansøgerne.\n\n## Beslutning\n\nQx7WasPublicDecision.\n",
            extra: "sagsbehandler: Qx7WasPublicCaseworker\n"));
        _git.CommitAll("Punkt 12 tilføjet", Published.AddHours(1));
        Edit("12-aabent.md", "sagsbehandler: Qx7WasPublicCaseworker\n", "lukket: true\n");
        _git.CommitAll("Punkt 12 er et lukket punkt", Corrected);
        await BuildAsync();

        var entries = Page(MeetingPage).QuerySelectorAll("#aendringer li.correction");
        Assert.Equal(["Punkt 12 er et lukket punkt", "Punkt 12 tilføjet"], entries.Select(e => e.QuerySelector(".correction__message")!.TextContent));
        Assert.Equal("Punkt 12: Ansættelse af leder: " + CorrectionDiff.AddedNote, entries[1].QuerySelector(".correction__parts > li")!.TextContent);
        var part = Assert.Single(entries[0].QuerySelectorAll(".correction__parts > li"));
        Assert.Equal("Punkt 12: Ansættelse af leder: " + CorrectionDiff.ClosedNote, part.TextContent);
        Assert.Empty(part.QuerySelectorAll("del, ins"));
        var leaks = from file in OutputFiles.Readable(_site.Output)
                    from marker in new[] { "Qx7WasPublicMarker", "Qx7WasPublicDecision", "Qx7WasPublicCaseworker", "81.03.00-G01-2-26" }
                    where OutputFiles.Contains(file.Content, marker) || OutputFiles.Contains(System.Text.Encoding.UTF8.GetBytes(file.Path), marker)
                    select $"{marker} in {file.Path}";
        Assert.Empty(leaks);
    }

    [Fact]
    public async Task An_agenda_followed_by_its_minutes_is_a_publication_not_a_correction()
    {
        using var site = new TestSite();
        site.Meeting(Committee, Date, $"---\nudvalg: {Committee}\ndato: {Date}\ntype: dagsorden\n---\n")
            .Item(Committee, Date, OpenItem, ItemText(10, "Orientering om nøgletal", body: "## Indstilling\n\nAt orienteringen tages til efterretning.\n"));
        using var git = GitRepository.Init(site.Folder.Path);
        git.CommitAll("Dagsorden til mødet 17. februar", Published.AddDays(-7));
        site.Meeting(Committee, Date, $"---\nudvalg: {Committee}\ndato: {Date}\ntype: referat\n---\n")
            .Item(Committee, Date, OpenItem, ItemText(10, "Orientering om nøgletal", body: "## Indstilling\n\nAt orienteringen tages til efterretning.\n\n## Beslutning\n\nTaget til efterretning.\n"));
        git.CommitAll("Referat fra mødet 17. februar", Published);
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));

        Assert.Null(new HtmlParser().ParseDocument(site.ReadOutput(MeetingPage)).GetElementById("aendringer"));
        var meeting = JsonDocument.Parse(site.ReadOutput($"oparl/v1/meeting/{Committee}/{Date}.json")).RootElement;
        Assert.Equal("2026-02-11T10:00:00+01:00", meeting.GetProperty("created").GetString());
        Assert.Equal("2026-02-18T10:00:00+01:00", meeting.GetProperty("modified").GetString());
        Assert.Equal("durchgeführt", meeting.GetProperty("meetingState").GetString());
    }

    [Fact]
    public async Task A_commit_message_is_escaped_and_one_with_a_CPR_number_is_withheld_and_reported()
    {
        Edit(OpenItem, "tiltrådt", "godkendt");
        _git.CommitAll("Ret <script>alert(1)</script> & beslutningen", Corrected);
        Edit(OpenItem, "godkendt af udvalget", "godkendt af hele udvalget");
        var commit = _git.CommitAll("Borger 010190-1234 bad om rettelsen", Corrected.AddHours(2));
        var diagnostics = await BuildAsync();

        var warning = Assert.Single(diagnostics, d => d.Code == GitHistoryReader.CommitMessageCode);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith($"{Committee}/{Date}/index.md", warning.File);
        Assert.Contains(commit[..7], warning.Message);
        Assert.DoesNotContain("010190-1234", warning.Message);
        var messages = Page(MeetingPage).QuerySelectorAll(".correction__message").Select(m => m.TextContent).ToList();
        Assert.Equal([Correction.WithheldSubject, "Ret <script>alert(1)</script> & beslutningen"], messages);
        Assert.Empty(OutputFiles.Readable(_site.Output).Where(f => OutputFiles.Contains(f.Content, "010190-1234")).Select(f => f.Path));
        Assert.DoesNotContain("<script>alert", _site.ReadOutput(MeetingPage));
        Assert.DoesNotContain("<script>alert", _site.ReadOutput("rettelser.xml"));
    }

    [Fact]
    public async Task A_commit_can_keep_the_changed_words_out_of_the_record()
    {
        Edit(OpenItem, "af udvalget", "af udvalget efter forslag fra Qx7CitizenName");
        _git.CommitAll("Tilføj forslagsstiller", Published.AddHours(2));
        Edit(OpenItem, " efter forslag fra Qx7CitizenName", "");
        _git.CommitAll($"Fjern en borgers navn\n\n{GitHistoryReader.HideTextTrailer}", Corrected);
        await BuildAsync();

        var entries = Page(MeetingPage).QuerySelectorAll("#aendringer li.correction");
        Assert.Equal(2, entries.Length);
        Assert.Equal("Fjern en borgers navn", entries[0].QuerySelector(".correction__message")!.TextContent);
        Assert.Empty(entries[0].QuerySelectorAll("del, ins"));
        Assert.Contains(CorrectionDiff.HiddenNote, entries[0].TextContent);
        // The name is still in the record of the commit that added it, which published it; removing it is what the editor can hide.
        Assert.Contains("Qx7CitizenName", entries[1].QuerySelector("ins")!.TextContent);
    }

    [Fact]
    public async Task Two_builds_of_the_same_commit_give_the_same_bytes()
    {
        Edit(OpenItem, "tiltrådt", "godkendt");
        _git.CommitAll("Ret beslutningen i punkt 10", Corrected);
        await BuildAsync();
        var first = OutputFiles.Readable(_site.Output).ToList();
        Directory.Delete(_site.Output, recursive: true);
        await BuildAsync();
        var second = OutputFiles.Readable(_site.Output).ToList();

        Assert.Contains(first, f => f.Path.StartsWith("oparl", StringComparison.Ordinal));
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.Empty(first.Zip(second).Where(p => !p.First.Content.AsSpan().SequenceEqual(p.Second.Content)).Select(p => p.First.Path));
    }

    [Fact]
    public async Task A_shallow_clone_is_said_and_the_build_goes_on_without_history()
    {
        Edit(OpenItem, "tiltrådt", "godkendt");
        _git.CommitAll("Ret beslutningen i punkt 10", Corrected);
        _git.MakeShallow();
        var diagnostics = await BuildAsync();

        var warning = Assert.Single(diagnostics, d => d.Code == GitHistoryReader.ShallowCode);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("git fetch --unshallow", warning.Message);
        Assert.Null(Page(MeetingPage).GetElementById("aendringer"));
        Assert.Null(Page(MeetingPage).QuerySelector(".site-footer__freshness"));
        Assert.Equal("2026-02-17T13:30:00+01:00", OParlMeeting().GetProperty("modified").GetString());
        Assert.Contains("uden indholdets historik", Page("rettelser/index.html").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Content_outside_Git_falls_back_to_the_meeting_dates()
    {
        using var site = WithOneMeeting();
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded);
        var info = Assert.Single(diagnostics, d => d.Code == GitHistoryReader.NotARepositoryCode);
        Assert.Equal(Severity.Info, info.Severity);
        var meeting = JsonDocument.Parse(site.ReadOutput($"oparl/v1/meeting/{SampleCommittee}/{SampleDate}.json")).RootElement;
        Assert.Equal("2026-02-17T13:30:00+01:00", meeting.GetProperty("created").GetString());
        Assert.Equal("2026-02-17T13:30:00+01:00", meeting.GetProperty("modified").GetString());
    }
}
