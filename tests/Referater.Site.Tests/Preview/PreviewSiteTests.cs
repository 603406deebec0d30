using Referater.Site.Validation;
using Referater.Site.Preview;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Preview;

/// <summary>Preview's in-memory site: an edit reloads its meeting and renders only the pages that show it.</summary>
public sealed class PreviewSiteTests
{
    private const string Item12 = "input/beskaeftigelsesudvalget/2026-02-17/12-orientering-om-invitation-til-partnerskabsdag-om-ungeloeftet.md";
    private const string Page2026 = "beskaeftigelsesudvalget/2026-02-17/index.html";
    private const string Page2023 = "beskaeftigelsesudvalget/2023-12-12/index.html";

    private static string Html(PreviewSite site, string path) => System.Text.Encoding.UTF8.GetString(site.Current.Files[path].Content!);

    private static async Task<PreviewSite> BuiltAsync(TempDirectory temp)
    {
        var site = new PreviewSite(temp.Combine("input"), themeStaticDirectory: null);
        Assert.True((await site.RebuildAsync(null)).Succeeded);
        return site;
    }

    [Fact]
    public async Task An_edit_to_one_punkt_renders_its_meeting_and_the_indexes_only()
    {
        using var temp = TempDirectory.WithSeedInput();
        var site = await BuiltAsync(temp);
        var untouched = site.Current.Files[Page2023].Content;
        var notFound = site.Current.Files["404.html"].Content;
        var pages = site.Current.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));

        var file = temp.Combine(Item12);
        File.WriteAllText(file, File.ReadAllText(file).Replace("titel: Orientering om invitation", "titel: Rettet orientering om invitation"));
        var report = await site.RebuildAsync([file]);

        Assert.True(report.Succeeded);
        Assert.Equal(1, report.MeetingsLoaded);
        Assert.Contains("Punkt 12: Rettet orientering om invitation", Html(site, Page2026));
        // Pages that do not show the edited meeting are served as they were rendered before.
        Assert.InRange(report.PagesRendered, 1, pages - 2);
        Assert.Same(untouched, site.Current.Files[Page2023].Content);
        Assert.Same(notFound, site.Current.Files["404.html"].Content);
    }

    /// <summary>
    /// The list of every case is the largest page; what it shows of a case is its card (latest title and decision, date,
    /// number of treatments). An edit that changes no card leaves the page as it was rendered; one that does shows.
    /// </summary>
    [Fact]
    public async Task The_case_list_is_rendered_again_only_when_a_case_card_changes()
    {
        using var temp = TempDirectory.WithSeedInput();
        var site = await BuiltAsync(temp);
        var caseList = site.Current.Files["sager/index.html"].Content;
        var file = temp.Combine(Item12);

        File.WriteAllText(file, File.ReadAllText(file).Replace("## Sagsfremstilling\n", "## Sagsfremstilling\n\nEt afsnit mere i sagsfremstillingen.\n"));
        Assert.True((await site.RebuildAsync([file])).Succeeded);
        Assert.Contains("Et afsnit mere i sagsfremstillingen.", Html(site, Page2026));
        Assert.Same(caseList, site.Current.Files["sager/index.html"].Content);

        File.WriteAllText(file, File.ReadAllText(file).Replace("titel: Orientering om invitation", "titel: Rettet orientering om invitation"));
        Assert.True((await site.RebuildAsync([file])).Succeeded);
        Assert.Contains("Rettet orientering om invitation", Html(site, "sager/index.html"));
    }

    /// <summary>
    /// After an edit, feeds and data files are made only when asked for; what they then show is the edited text, and a
    /// file the edit brought into being (the feed of a new case) is found too.
    /// </summary>
    [Fact]
    public async Task Feeds_asked_for_after_an_edit_show_it()
    {
        using var temp = TempDirectory.WithSeedInput();
        var site = await BuiltAsync(temp);
        const string CaseFeed = "sager/15.00.00-P20-1-25/feed.xml";
        Assert.Contains("Orientering om invitation", Html(site, CaseFeed));

        var file = temp.Combine(Item12);
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("titel: Orientering om invitation", "titel: Rettet orientering om invitation"));
        Assert.True((await site.RebuildAsync([file])).Succeeded);
        Assert.Contains("Rettet orientering om invitation", Html(site, CaseFeed));

        File.WriteAllText(file, text.Replace("sagsnummer: 15.00.00-P20-1-25", "sagsnummer: 15.00.00-P20-9-26"));
        Assert.True((await site.RebuildAsync([file])).Succeeded);
        Assert.Contains("Orientering om invitation", Html(site, "sager/15.00.00-P20-9-26/feed.xml"));
        Assert.False(site.Current.Files.ContainsKey(CaseFeed));
    }

    [Fact]
    public async Task Errors_are_reported_and_the_last_good_pages_kept_until_fixed()
    {
        using var temp = TempDirectory.WithSeedInput();
        var site = await BuiltAsync(temp);
        var file = temp.Combine(Item12);
        var good = File.ReadAllText(file);

        File.WriteAllText(file, good.Replace("sagsnummer: 15.00.00-P20-1-25", "sagsnummer: 99"));
        Assert.False((await site.RebuildAsync([file])).Succeeded);
        var error = Assert.Single(site.Current.Problems, d => d.Severity == Severity.Error);
        Assert.Equal(4, error.Line);
        Assert.True(site.Current.HasErrors);

        File.WriteAllText(file, good);
        Assert.True((await site.RebuildAsync([file])).Succeeded);
        Assert.False(site.Current.HasErrors);
        Assert.Contains("Punkt 12: Orientering om invitation", Html(site, Page2026));
    }

    [Fact]
    public async Task A_new_meeting_folder_and_a_removed_one_are_found()
    {
        using var temp = TempDirectory.WithSeedInput();
        var site = await BuiltAsync(temp);

        var folder = temp.Combine("input", "beskaeftigelsesudvalget", "2026-03-17");
        temp.Write("input/beskaeftigelsesudvalget/2026-03-17/index.md", "---\nudvalg: beskaeftigelsesudvalget\ndato: 2026-03-17\n---\n");
        temp.Write("input/beskaeftigelsesudvalget/2026-03-17/17-nyt.md", TestSite.ItemText(17, "Nyt punkt"));
        Assert.True((await site.RebuildAsync([folder])).Succeeded);
        Assert.Contains("Punkt 17: Nyt punkt", Html(site, "beskaeftigelsesudvalget/2026-03-17/index.html"));

        Directory.Delete(folder, recursive: true);
        Assert.True((await site.RebuildAsync([folder])).Succeeded);
        Assert.DoesNotContain("beskaeftigelsesudvalget/2026-03-17/index.html", site.Current.Files.Keys);
    }

    /// <summary>
    /// A meeting's text names another meeting that is not in the site yet. When that meeting is added, the unchanged
    /// meeting's page must link to it, as a build would: its view depends on which other meetings exist.
    /// </summary>
    [Fact]
    public async Task Adding_the_meeting_a_text_refers_to_links_the_reference_without_a_restart()
    {
        using var temp = TempDirectory.WithSeedInput();
        var site = await BuiltAsync(temp);
        // Punkt 12 of 2026-02-17 refers to "udvalgs mødet den 2. juni", which is not in the site.
        Assert.DoesNotContain("href=\"/beskaeftigelsesudvalget/2026-06-02/\"", Html(site, Page2026));

        var folder = temp.Combine("input", "beskaeftigelsesudvalget", "2026-06-02");
        temp.Write("input/beskaeftigelsesudvalget/2026-06-02/index.md", "---\nudvalg: beskaeftigelsesudvalget\ndato: 2026-06-02\ntype: dagsorden\n---\n");
        temp.Write("input/beskaeftigelsesudvalget/2026-06-02/30-opfoelgning.md", TestSite.ItemText(30, "Opfølgning på partnerskabsdagen", body: "## Resume\n\nOpfølgning.\n"));
        var report = await site.RebuildAsync([folder]);

        Assert.True(report.Succeeded, string.Join("\n", site.Current.Problems));
        Assert.Contains("href=\"/beskaeftigelsesudvalget/2026-06-02/\"", Html(site, Page2026));
        // The meeting of 2023, which names neither, is served as it was.
        Assert.DoesNotContain("2026-06-02", Html(site, Page2023));

        Directory.Delete(folder, recursive: true);
        Assert.True((await site.RebuildAsync([folder])).Succeeded);
        Assert.DoesNotContain("href=\"/beskaeftigelsesudvalget/2026-06-02/\"", Html(site, Page2026));
    }

    /// <summary>
    /// Preview keeps what did not change: outlines, views, case histories and pages whose inputs are the same objects.
    /// None of that may leave a page stale. After each of a series of edits (a case treated in a new meeting between two
    /// others, a title and a decision changed, the new meeting removed) every page equals what a fresh start renders.
    /// </summary>
    [Fact]
    public async Task After_each_edit_every_page_equals_what_a_fresh_start_renders()
    {
        using var temp = TempDirectory.WithSeedInput();
        var site = await BuiltAsync(temp);
        var item = temp.Combine(Item12);
        var between = temp.Combine("input", "beskaeftigelsesudvalget", "2025-01-14");
        var edits = new (string Name, Func<string> Edit)[]
        {
            ("a meeting between the two, treating punkt 12's case", () =>
            {
                temp.Write("input/beskaeftigelsesudvalget/2025-01-14/index.md", "---\nudvalg: beskaeftigelsesudvalget\ndato: 2025-01-14\ntype: referat\n---\n");
                temp.Write("input/beskaeftigelsesudvalget/2025-01-14/4-forberedelse.md",
                    TestSite.ItemText(4, "Forberedelse af partnerskabsdagen", caseNumber: "15.00.00-P20-1-25", body: "## Beslutning\n\nTaget til efterretning.\n"));
                return between;
            }),
            ("punkt 12's title", () =>
            {
                File.WriteAllText(item, File.ReadAllText(item).Replace("titel: Orientering om invitation", "titel: Rettet orientering om invitation"));
                return item;
            }),
            ("the new meeting's decision", () =>
                temp.Write("input/beskaeftigelsesudvalget/2025-01-14/4-forberedelse.md",
                    TestSite.ItemText(4, "Forberedelse af partnerskabsdagen", caseNumber: "15.00.00-P20-1-25", body: "## Beslutning\n\nGodkendt med ændringer.\n"))),
            ("the new meeting removed", () =>
            {
                Directory.Delete(between, recursive: true);
                return between;
            }),
        };
        foreach (var (name, edit) in edits)
        {
            var changed = edit();
            Assert.True((await site.RebuildAsync([Path.GetFullPath(changed)])).Succeeded, name);
            var fresh = await BuiltAsync(temp);
            var pages = fresh.Current.Files.Keys.Where(path => path.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(pages, site.Current.Files.Keys.Where(path => path.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            foreach (var page in pages)
            {
                Assert.True(Html(fresh, page) == Html(site, page), $"after {name}: {page} differs from a fresh start's");
            }
        }
    }
}
