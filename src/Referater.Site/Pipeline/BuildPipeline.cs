using System.Collections.Concurrent;
using System.Collections.Immutable;
using Referater.Site.Content;
using Referater.Site.Content.History;
using Referater.Site.Linking;
using Referater.Site.Publishing;
using Referater.Site.Publishing.OParl;
using Referater.Site.Rendering;
using Referater.Site.Rendering.Corrections;
using Referater.Site.Rendering.Pages;
using Referater.Site.Search;
using Referater.Site.Validation;

namespace Referater.Site.Pipeline;

/// <summary>
/// The build, stage by stage as the data flows: load every meeting's metadata, validate, link, then meeting by meeting
/// read and parse its texts, render its page and data file and keep only its summary, then the pages that list
/// meetings, feeds and data, then search and the link check. <c>check</c> runs all of it and writes nothing;
/// <c>preview</c> runs it into memory. Nothing reaches the output folder unless every stage succeeded.
/// </summary>
public sealed class BuildPipeline(ThemeAssets? assets = null)
{
    /// <summary>How many meetings one renderer serves, in one of the parallel batches.</summary>
    private const int MeetingsPerBatch = 8;

    private static readonly Lazy<ThemeAssets> EmbeddedAssets = new(ThemeAssets.Load);

    private readonly ThemeAssets _assets = assets ?? EmbeddedAssets.Value;

    /// <summary>The theme's fingerprinted assets, before those made from site.yml are added.</summary>
    public AssetManifest Assets => _assets.Manifest;

    public event Action<string>? StageStarted;

    /// <summary>Every kind of output besides each meeting's own (<see cref="MeetingRendering.Sources"/>); the sitemap comes last, as it lists the others' pages.</summary>
    public IEnumerable<IOutputSource> SiteSources() =>
    [
        new ThemeAssetFiles(_assets),
        new SiteBranding(),
        new SitePages(),
        new CommitteePages(),
        new CaseListPages(),
        new CasePages(),
        new CorrectionPages(),
        new AttachmentFiles(),
        new HostRedirects(),
        new MeetingFeeds(),
        new CaseFeeds(),
        new SubjectFeeds(),
        new CorrectionFeed(),
        new MeetingCalendars(),
        new SiteDataFiles(),
        new OParlFiles(),
        new OutputFolder(),
    ];

    public async Task<BuildResult> RunAsync(BuildOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var timings = new StageTimings(StageStarted);
        if (OutputFolder.Problem(options.OutputDirectory, options.InputDirectory) is { } problem)
        {
            diagnostics.Error(ContentLoader.DisplayPath(Path.GetFullPath(options.OutputDirectory)), 1, 1, problem.Code, problem.Message);
            return BuildResult.Failed(timings);
        }
        // Every stage stops at a cancellation (Ctrl+C, SIGTERM), and the staging folder is removed: nothing is published.
        using var staging = new StagedOutput(options.OutputDirectory);
        using var pause = options.CacheDirectory is not null ? CollectorPause.Begin() : null;
        var cache = options.CacheDirectory is { } cacheDirectory ? timings.Measure("Læser cachen", () => BuildCache.Open(cacheDirectory, options.OutputDirectory)) : null;
        // With a usable cache only what changed is written, and the output is updated in place once all went well.
        var incremental = cache?.PreviousOutput is not null;
        if (!incremental)
        {
            pause?.End();
        }
        // The index is built from a page per punkt, written meeting by meeting into a folder of its own (an unchanged
        // meeting's pages are taken from the cache); only the index is published.
        var work = staging.StagingDirectory + ".search";
        try
        {
            OutputSink sink = incremental ? new OverlaySink(staging.StagingDirectory) : new FolderSink(staging.StagingDirectory);
            var run = await RenderAsync(options.InputDirectory, sink, diagnostics, timings, cancellationToken,
                options.Search ? new FolderSink(work) : null, cache);
            if (run is null || diagnostics.HasErrors)
            {
                return BuildResult.Failed(timings);
            }
            var searchFiles = new List<string>();
            if (options.Search)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await timings.MeasureAsync("Bygger søgeindeks", async () =>
                {
                    if (await SearchIndex.IndexAsync(work, diagnostics, cancellationToken) is { } bundle)
                    {
                        Directory.Move(bundle, Path.Combine(staging.StagingDirectory, PagefindIndexer.BundleFolder));
                    }
                });
                if (diagnostics.HasErrors)
                {
                    return BuildResult.Failed(timings);
                }
                var index = Path.Combine(staging.StagingDirectory, PagefindIndexer.BundleFolder);
                searchFiles.AddRange(Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(staging.StagingDirectory, f).Replace('\\', '/')));
            }
            cancellationToken.ThrowIfCancellationRequested();
            timings.Measure("Tjekker links", () => LinkChecker.Check(run.Writer, run.Context.Config.BaseUrl, diagnostics, searchFiles,
                incremental && !options.Search ? cache!.SettledPages(run.Writer) : null));
            if (diagnostics.HasErrors)
            {
                return BuildResult.Failed(timings);
            }
            cancellationToken.ThrowIfCancellationRequested();
            timings.Measure("Udgiver", () =>
            {
                if (incremental)
                {
                    cache!.BeginCommit();
                    staging.CommitInto(cache.Removed);
                }
                else
                {
                    staging.Commit();
                }
                cache?.Save(options.OutputDirectory, options.Search ? work : null);
            });
            return new BuildResult(true, run.Site.Meetings.Length, run.Site.AgendaItems.Count(), run.Writer.PageCount, run.Writer.Count + searchFiles.Count, timings.Stages, timings.Elapsed)
            {
                Kept = run.Writer.KeptCount,
            };
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary><c>check</c>: every stage of the build but search, the link check included, writing nothing. Null when the input has errors.</summary>
    public async Task<SiteRun?> CheckAsync(string inputDirectory, DiagnosticBag diagnostics, StageTimings? timings = null, CancellationToken cancellationToken = default)
    {
        timings ??= new StageTimings(StageStarted);
        var run = await RenderAsync(inputDirectory, new DiscardingSink(), diagnostics, timings, cancellationToken);
        if (run is null || diagnostics.HasErrors)
        {
            return null;
        }
        timings.Measure("Tjekker links", () => LinkChecker.Check(run.Writer, run.Context.Config.BaseUrl, diagnostics));
        return diagnostics.HasErrors ? null : run;
    }

    /// <summary>
    /// Makes every file of the site and hands it to <paramref name="sink"/>. Null when the content cannot be rendered
    /// (its problems are in <paramref name="diagnostics"/>); problems found while rendering are there too.
    /// </summary>
    /// <param name="search">Where each meeting's search pages are written, when the run builds a search index.</param>
    /// <param name="cache">What the last build made: unchanged meetings and files are kept, not made again.</param>
    public async Task<SiteRun?> RenderAsync(
        string inputDirectory, OutputSink sink, DiagnosticBag diagnostics, StageTimings timings, CancellationToken cancellationToken,
        FolderSink? search = null, BuildCache? cache = null)
    {
        var site = timings.Measure("Indlæser indhold", () => new ContentLoader(inputDirectory, diagnostics, cache).Load(cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        if (site is null)
        {
            return null;
        }
        if (!diagnostics.HasErrors)
        {
            timings.Measure("Validerer", () => SiteValidator.Validate(site, diagnostics));
        }
        if (diagnostics.HasErrors)
        {
            // The site cannot be linked as it is; its texts are still checked, so that every problem is reported at once.
            timings.Measure("Tjekker tekster", () => CheckTexts(site, diagnostics));
            return null;
        }
        var history = timings.Measure("Læser historik", () => GitHistoryReader.Read(inputDirectory, site.Config, diagnostics));
        var publicHistory = timings.Measure("Sammenligner versioner", () => PublicHistory.Of(site, history));
        var writer = new SiteWriter(sink, diagnostics, cache);
        var pages = new ConcurrentBag<(string Path, Type Component)>();
        var context = await LinkAndWriteMeetingsAsync(site, publicHistory, writer, search, cache, pages, diagnostics, timings, cancellationToken);
        await timings.MeasureAsync("Skriver oversigter, feeds og data", async () =>
        {
            var digests = cache is null ? null : DigestsOf(site, context, cache);
            var lists = context with { Digests = digests };
            var sources = SiteSources().ToList();
            // A kind of output made from the public views alone, none of which changed since the last build, is kept whole.
            var fingerprints = sources.Select(source => digests is null || !MadeFromViewsOnly(source) ? null : Fingerprint.Of(KeyOf(source), digests.Site)).ToList();
            var unchanged = sources.Select((source, i) => fingerprints[i] is { } fingerprint && cache!.PreviousSource(KeyOf(source)) is { } previous && previous.Fingerprint == fingerprint ? previous : null).ToList();
            // An incremental build makes the kinds one after another on a thread of their own, ahead of their writing: after
            // an edit little is written, and making each kind only when the last was written (OParl's objects, every case's
            // feed) left a core idle for a third of the stage. A clean build makes a kind only when the last is written,
            // so that what one kind is made of is let go before the next is made.
            var ahead = cache?.PreviousOutput is null ? null : MakeAhead(sources, lists, i => unchanged[i] is null, cancellationToken);
            for (var i = 0; i < sources.Count; i++)
            {
                var (source, key, fingerprint) = (sources[i], KeyOf(sources[i]), fingerprints[i]);
                if (unchanged[i] is { } previous && writer.TryKeep(previous.Paths))
                {
                    foreach (var page in previous.Pages)
                    {
                        pages.Add(page.ToPage());
                    }
                    cache!.Record(key, previous);
                    continue;
                }
                var produced = ahead?[i] is { } made ? await made : source.Produce(lists).ToList();
                foreach (var page in produced.OfType<PageOutput>())
                {
                    pages.Add((page.Path, page.Component));
                }
                if (fingerprint is not null)
                {
                    cache!.Record(key, new SourceRecord(fingerprint, [.. produced.Select(item => item.Path)],
                        [.. produced.OfType<PageOutput>().Select(p => new PageEntry(p.Path, p.Component.FullName!))]));
                }
                await writer.WriteAllAsync(produced, cancellationToken);
            }
            await writer.WriteAllAsync(new SitemapFiles(pages).Produce(lists), cancellationToken);
        });
        return new SiteRun(site, context, writer);
    }

    /// <summary>Everything the pages that list meetings, the feeds and the data files are made from: the public views and what every page shows.</summary>
    /// <remarks>
    /// The views and the cases are made from the meetings' summaries alone (the case index joins them), so the summaries'
    /// fingerprints, made when each meeting was rendered, stand for both. Attachments count by their content: OParl
    /// describes each published file by its size and checksum.
    /// </remarks>
    private static ViewDigests DigestsOf(Content.Site site, BuildContext context, BuildCache cache)
    {
        // The views are the meetings' summaries, in the meetings' order, with their cases joined.
        var summaries = cache.SummaryFingerprints(site.Meetings.Select(meeting => meeting.Id)).ToList();
        var all = Fingerprint.Of(context.Config, context.Assets, summaries, context.History,
            context.Site.Files.Select(file => (file.Path, File.Exists(file.SourcePath) ? cache.DigestOf(file.SourcePath) : null)));
        return new ViewDigests(all, context.Meetings.Select((meeting, i) => (meeting.Url, summaries[i])).ToDictionary(StringComparer.Ordinal));
    }

    private static string KeyOf(IOutputSource source) => source.GetType().FullName!;

    /// <summary>Makes the kinds <paramref name="needed"/> asks for, in their order, on a thread of its own: each kind's items as soon as they are made.</summary>
    private static Task<List<OutputItem>>?[] MakeAhead(IReadOnlyList<IOutputSource> sources, BuildContext context, Func<int, bool> needed, CancellationToken cancellationToken)
    {
        var made = new TaskCompletionSource<List<OutputItem>>?[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            made[i] = needed(i) ? new TaskCompletionSource<List<OutputItem>>(TaskCreationOptions.RunContinuationsAsynchronously) : null;
        }
        _ = Task.Run(() =>
        {
            for (var i = 0; i < sources.Count; i++)
            {
                if (made[i] is not { } result)
                {
                    continue;
                }
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    result.SetResult(sources[i].Produce(context).ToList());
                }
                catch (Exception exception)
                {
                    result.SetException(exception);
                }
            }
        }, CancellationToken.None);
        return [.. made.Select(result => result?.Task)];
    }

    /// <summary>Whether a kind of output is made from the views alone, not from files read as they are (attachments, the logo, the theme).</summary>
    private static bool MadeFromViewsOnly(IOutputSource source) => source is not (AttachmentFiles or SiteBranding or ThemeAssetFiles);

    /// <summary>The site as its metadata describe it, linked: the case index and the outline of every meeting, before any text is read.</summary>
    private (BuildContext Outline, ReferenceLinker Linker) Link(Content.Site site, SiteHistory history, DiagnosticBag diagnostics)
    {
        // On both cores: a build that renders one meeting waits for the outlines of all of them.
        var outlines = new MeetingView[site.Meetings.Length];
        Parallel.For(0, outlines.Length, i => outlines[i] = PublicViews.Outline(site.Meetings[i], site.Config));
        var cases = CaseIndex.Build(outlines);
        var context = new BuildContext(
            new PublishedSite(site.Config, cases.Annotate(outlines), PublicViews.Files(site)),
            _assets.Manifest.With(SiteBranding.Urls(site.Config)),
            diagnostics) { Cases = cases, History = history };
        return (context, ReferenceLinker.For(site));
    }

    /// <summary>
    /// Links the site, writes every meeting's files, and gives the context the lists are made from: the meetings'
    /// summaries and their cases. The outlines the meetings were linked with are let go when it returns, before the
    /// lists are made (at 5,500 meetings, a second view of every punkt and every case).
    /// </summary>
    private async Task<BuildContext> LinkAndWriteMeetingsAsync(
        Content.Site site, SiteHistory history, SiteWriter writer, FolderSink? search, BuildCache? cache,
        ConcurrentBag<(string, Type)> pages, DiagnosticBag diagnostics, StageTimings timings, CancellationToken cancellationToken)
    {
        var (outline, linker) = timings.Measure("Forbinder", () => Link(site, history, diagnostics));
        var summaries = await timings.MeasureAsync("Skriver møder", () => WriteMeetingsAsync(site, outline, linker, writer, search, cache, pages, diagnostics, cancellationToken));
        var cases = CaseIndex.Build(summaries);
        return outline with
        {
            Site = outline.Site with { Meetings = cases.Annotate(summaries) },
            Cases = cases,
        };
    }

    /// <summary>
    /// Meeting by meeting, in parallel batches: read and parse its texts, make its page and data file, keep its summary.
    /// With a cache, a meeting whose files and dependencies did not change is not read at all: its files are kept and its
    /// summary comes from the record. Each meeting's problems are collected on their own and merged in the meetings' order.
    /// </summary>
    private static async Task<ImmutableArray<MeetingView>> WriteMeetingsAsync(
        Content.Site site, BuildContext outline, ReferenceLinker linker, SiteWriter writer, FolderSink? search, BuildCache? cache,
        ConcurrentBag<(string, Type)> pages, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var meetings = site.Meetings;
        var summaries = new MeetingView[meetings.Length];
        var problems = new IReadOnlyList<Diagnostic>[meetings.Length];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(Enumerable.Range(0, meetings.Length).Chunk(MeetingsPerBatch), options, async (batch, token) =>
        {
            await using var host = new RazorHost();
            foreach (var i in batch)
            {
                token.ThrowIfCancellationRequested();
                var meeting = meetings[i];
                string? fingerprint = null;
                RenderedMeeting? rendered = null;
                if (cache is not null)
                {
                    fingerprint = MeetingRendering.Fingerprint(meeting, outline, outline.Meetings[i], cache.LoadedKey(meeting.SourceDirectory));
                    var previous = cache.PreviousMeeting(meeting.Id);
                    if (previous is not null && previous.Fingerprint == fingerprint
                        && !previous.References.Any(reference => reference.LeadsElsewhere(linker.Resolver))
                        && (search is null || (!previous.SearchPages.IsEmpty && previous.SearchPages.All(page => File.Exists(Path.Combine(cache.SearchDirectory, page)))))
                        && writer.TryKeep(previous.Paths))
                    {
                        rendered = previous.ToRendered();
                        cache.Record(meeting.Id, previous);
                        if (search is not null)
                        {
                            foreach (var page in previous.SearchPages)
                            {
                                FileLinks.KeepAs(Path.Combine(cache.SearchDirectory, page), Path.Combine(search.Root, page));
                            }
                        }
                    }
                }
                if (rendered is null)
                {
                    rendered = await MeetingRendering.RenderAsync(meeting, outline, linker, writer, host, search, fingerprint);
                    if (cache is not null)
                    {
                        cache.Record(meeting.Id, MeetingRecord.Of(fingerprint!, rendered));
                    }
                }
                foreach (var page in rendered.Pages)
                {
                    pages.Add(page);
                }
                summaries[i] = rendered.Summary;
                problems[i] = rendered.Problems;
            }
        });
        foreach (var list in problems)
        {
            diagnostics.AddRange(list);
        }
        return [.. summaries];
    }

    /// <summary>Every text of the site checked as it would be published, without linking (the site is incomplete) or rendering.</summary>
    private static void CheckTexts(Content.Site site, DiagnosticBag diagnostics)
    {
        var problems = new DiagnosticBag[site.Meetings.Length];
        Parallel.For(0, site.Meetings.Length, i =>
        {
            problems[i] = new DiagnosticBag();
            MeetingText.Load(site.Meetings[i], linker: null, problems[i]);
        });
        foreach (var bag in problems)
        {
            diagnostics.AddRange(bag.Sorted());
        }
    }
}

/// <summary>What a run made: the content it read, the context of the pages that list meetings, and every file it wrote.</summary>
public sealed record SiteRun(Content.Site Site, BuildContext Context, SiteWriter Writer);

public sealed record BuildResult(
    bool Succeeded,
    int Meetings,
    int AgendaItems,
    int Pages,
    int Files,
    IReadOnlyList<(string Stage, TimeSpan Time)> Timings,
    TimeSpan Elapsed)
{
    public static BuildResult Failed(StageTimings timings) => new(false, 0, 0, 0, 0, timings.Stages, timings.Elapsed);

    /// <summary>How many files were kept from the previous build (incremental builds) instead of made again.</summary>
    public int Kept { get; init; }
}
