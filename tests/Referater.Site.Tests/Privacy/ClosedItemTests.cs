using System.IO.Compression;
using System.Reflection;
using Referater.Site.Pipeline;
using Referater.Site.Tests.Support;
using static Referater.Site.Tests.Support.TestSite;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Privacy;

/// <summary>A closed punkt (lukket punkt) shows its number, title and public decision, and nothing else of it reaches any output file.</summary>
public sealed class ClosedItemTests
{

    /// <summary>One unique marker in every private field of the closed punkt.</summary>
    internal static readonly string[] Markers =
    [
        "Qx7ResumeMarker", "Qx7CaseTextMarker", "Qx7SubheadingMarker", "Qx7RecommendationMarker", "Qx7PrivateDecisionMarker",
        "Qx7PreambleMarker", "8675309", "Qx7CaseworkerMarker", "Qx7OtherCaseworkerMarker", "Qx7AttachmentTitleMarker",
        "Qx7AttachmentFileMarker", "Qx7FileContentMarker", "QXSEVENCOL", "Qx7LinkMarker", "Qx7EarlierPrivateVersion",
    ];

    internal const string ClosedItem = """
        ---
        nummer: 11
        titel: Personalesag
        sagsnummer: 81.03.00-G01-8675309-24
        kommunikation_kolonner: [BSK, QXSEVENCOL]
        kommunikation: [QXSEVENCOL]
        sagsbehandler: Qx7CaseworkerMarker Hansen
        øvrige_sagsbehandlere: [Qx7OtherCaseworkerMarker Jensen]
        lukket: true
        beslutning_offentlig: Udvalget traf beslutning i sagen.
        bilag:
          - titel: Qx7AttachmentTitleMarker
            fil: qx7attachmentfilemarker.pdf
          - titel: Et bilag uden fil
        ---
        Qx7PreambleMarker før første overskrift.

        ## Resume

        Qx7ResumeMarker: medarbejderens forhold.

        ## Sagsfremstilling

        ### Qx7SubheadingMarker

        Qx7CaseTextMarker med [et link](https://example.org/Qx7LinkMarker).

        ## Indstilling

        Qx7RecommendationMarker.

        ## Beslutning

        Qx7PrivateDecisionMarker.
        """;

    internal static TestSite SiteWithClosedItem(string closedItem = ClosedItem)
    {
        var site = new TestSite()
            .Meeting(Committee, Date)
            .Item(Committee, Date, "10-aabent.md", TestSite.ItemText(10, "Orientering om nøgletal", extra: "kommunikation: [BSK]\nbilag:\n  - titel: Nøgletal\n    fil: noegletal.pdf\n"))
            .Item(Committee, Date, "11-lukket.md", closedItem);
        site.Folder.WriteBytes($"input/{Committee}/{Date}/noegletal.pdf", TestPdf.With("Nøgletal"));
        site.Folder.WriteBytes($"input/{Committee}/{Date}/qx7attachmentfilemarker.pdf", TestPdf.With("Qx7FileContentMarker"));
        return site;
    }

    [Fact]
    public async Task No_private_field_of_a_closed_punkt_reaches_any_byte_of_the_output()
    {
        // Built from a Git history in which the closed punkt's private text changed and a public punkt was corrected,
        // so that the corrections (meeting page, /rettelser/, its feed) and the OParl dates are in the scan too.
        using var site = SiteWithClosedItem(ClosedItem.Replace("Qx7CaseTextMarker", "Qx7EarlierPrivateVersion Qx7CaseTextMarker"));
        using (var git = GitRepository.Init(site.Folder.Path))
        {
            git.CommitAll("Referat", new DateTimeOffset(2026, 2, 18, 10, 0, 0, TimeSpan.FromHours(1)));
            site.Item(Committee, Date, "11-lukket.md", ClosedItem);
            var open = Path.Combine(site.Input, Committee, Date, "10-aabent.md");
            File.WriteAllText(open, File.ReadAllText(open).Replace("Godkendt.", "Godkendt med ændringer."));
            git.CommitAll("Ret beslutningen i punkt 10 og teksten i punkt 11", new DateTimeOffset(2026, 2, 20, 10, 0, 0, TimeSpan.FromHours(1)));
        }
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));

        var files = OutputFiles.Readable(site.Output).ToList();
        Assert.Contains(files, f => f.Path == MeetingPage.Replace('/', Path.DirectorySeparatorChar));
        Assert.Contains(files, f => f.Path.EndsWith("noegletal.pdf", StringComparison.Ordinal));
        Assert.Contains("aendringer", site.ReadOutput(MeetingPage));
        // Every kind of output is in the scan: the search index, feeds, calendars, open data, OParl and the corrections too.
        foreach (var kind in new[] { "pagefind", "feed.xml", "moeder.ics", "index.json", "punkter.csv", "sitemap.xml", "oparl/v1/agenda-item", "rettelser.xml", "rettelser/index.html" })
        {
            Assert.Contains(files, f => f.Path.Contains(kind, StringComparison.Ordinal));
        }
        var leaks = from file in files
                    from marker in Markers
                    where OutputFiles.Contains(file.Content, marker) || OutputFiles.Contains(System.Text.Encoding.UTF8.GetBytes(file.Path), marker)
                    select $"{marker} in {file.Path}";
        Assert.Empty(leaks);
    }

    [Fact]
    public async Task The_scan_finds_a_marker_wherever_it_is_even_compressed()
    {
        // The scan itself must be able to fail: the public punkt's text is found, also inside a gzip file.
        using var site = SiteWithClosedItem();
        var (result, _) = await site.BuildAsync();
        Assert.True(result.Succeeded);
        using (var gzip = new GZipStream(File.Create(Path.Combine(site.Output, "chunk.pf_fragment")), CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes("{\"content\":\"Qx7ResumeMarker\"}"));
        }
        var hits = OutputFiles.Readable(site.Output).Where(f => OutputFiles.Contains(f.Content, "Qx7ResumeMarker")).Select(f => f.Path);
        Assert.Equal(["chunk.pf_fragment"], hits);
        Assert.Contains(OutputFiles.Readable(site.Output), f => OutputFiles.Contains(f.Content, "Orientering"));
    }

    [Fact]
    public async Task The_page_shows_number_title_that_it_is_closed_and_the_public_decision()
    {
        using var site = SiteWithClosedItem();
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
        var punkt = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput(MeetingPage)).GetElementById("punkt-11")!;
        Assert.Equal("Punkt 11: Personalesag", punkt.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Lukket punkt", punkt.TextContent);
        var decision = punkt.QuerySelector("section.decision")!;
        Assert.Equal("Beslutning", decision.QuerySelector("h3")!.TextContent);
        Assert.Equal("Udvalget traf beslutning i sagen.", decision.QuerySelector("p")!.TextContent);
        // The only links are the punkt's own address ("Kopiér link") and the way back to the meeting's overview.
        Assert.Equal(["#punkt-11", "#overblik"], punkt.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Empty(punkt.QuerySelectorAll("table, dl, .attachments"));
        Assert.Equal(["Beslutning"], punkt.QuerySelectorAll("h3").Select(h => h.TextContent));
    }

    [Fact]
    public async Task Without_a_public_decision_only_number_title_and_closed_are_shown()
    {
        using var site = SiteWithClosedItem(ClosedItem.Replace("beslutning_offentlig: Udvalget traf beslutning i sagen.\n", ""));
        var (result, diagnostics) = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", diagnostics));
        var punkt = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput(MeetingPage)).GetElementById("punkt-11")!;
        Assert.Equal(["div", "p"], punkt.Children.Where(c => !c.ClassList.Contains("punkt__back")).Select(c => c.LocalName));
        Assert.Equal(["h2", "a"], punkt.Children[0].Children.Select(c => c.LocalName));
        Assert.Equal("Lukket punkt. Punktet er behandlet for lukkede døre.", punkt.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public async Task A_closed_punkts_file_listed_by_a_public_punkt_too_stops_the_build()
    {
        using var site = SiteWithClosedItem();
        site.Item(Committee, Date, "12-aabent.md", TestSite.ItemText(12, "Andet punkt", extra: "bilag:\n  - titel: Kopi\n    fil: qx7attachmentfilemarker.pdf\n"));
        var (result, diagnostics) = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("12-aabent.md", error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("hører også til det lukkede punkt 11", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    /// <summary>
    /// Outputs are built from <see cref="BuildContext"/>. No type of the content model that carries a closed punkt's
    /// private fields may be reachable from it, so that no output, however written, can get at them.
    /// </summary>
    [Fact]
    public void The_content_model_is_not_reachable_from_what_outputs_are_built_from()
    {
        Type[] privateCarriers = [typeof(Site.Content.Site), typeof(Site.Content.Meeting), typeof(Site.Content.AgendaItem), typeof(Site.Content.MeetingText), typeof(Site.Content.ItemText), typeof(Site.Content.Attachment)];
        var reachable = Reachable(typeof(BuildContext));
        Assert.Contains(typeof(Referater.Site.Rendering.AgendaItemView), reachable);
        Assert.Empty(reachable.Intersect(privateCarriers));
    }

    private static HashSet<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }
            foreach (var argument in type.GetGenericArguments())
            {
                queue.Enqueue(argument);
            }
            if (type.Namespace?.StartsWith("Referater.Site", StringComparison.Ordinal) != true)
            {
                continue;
            }
            var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType)
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => !m.IsSpecialName && m.DeclaringType == type).Select(m => m.ReturnType));
            foreach (var member in members)
            {
                queue.Enqueue(member.IsArray ? member.GetElementType()! : member);
            }
        }
        return seen;
    }
}
