using System.Collections.Concurrent;
using System.Collections.Immutable;
using Referater.Site.Content;
using Referater.Site.Content.History;
using Referater.Site.Linking;
using Referater.Site.Pipeline;
using Referater.Site.Publishing;
using Referater.Site.Rendering;
using Referater.Site.Rendering.Corrections;
using Referater.Site.Validation;

namespace Referater.Site.Preview;

/// <summary>A file of the previewed site: rendered bytes, bytes made when first asked for, or an input file served as it is.</summary>
public sealed record PreviewFile(byte[]? Rendered, FileOutput? Made = null, string? SourcePath = null)
{
    /// <summary>A page's rendered bytes; a data file's bytes are made when first asked for (most never are while previewing).</summary>
    public byte[]? Content => Rendered ?? Made?.Content;
}

/// <summary>The site as preview serves it at one moment: its files, and the problems of the input (errors stop the pages from showing).</summary>
public sealed record PreviewSnapshot(IReadOnlyDictionary<string, PreviewFile> Files, IReadOnlyList<Diagnostic> Problems, int Version)
{
    public bool HasErrors => Problems.Any(d => d.Severity == Severity.Error);
}

/// <summary>What a rebuild did, for the editor's terminal.</summary>
public sealed record RebuildReport(bool Succeeded, bool Full, int MeetingsLoaded, int PagesRendered, TimeSpan Elapsed, IReadOnlyList<(string Stage, TimeSpan Time)> Stages);

/// <summary>
/// The site held in memory by preview, rebuilt by the build's own stages. After an edit only the meetings whose folders
/// changed are read again; a meeting's pages are made again when its files changed or when what they show of other
/// meetings did (a meeting its text names was added or removed, a case it shares was treated again, a neighbour
/// changed); the pages that list meetings are made again when what they show changed. Everything else is served as it
/// was. A change to site.yml or the theme rebuilds everything.
/// </summary>
public sealed class PreviewSite(string inputDirectory, string? themeStaticDirectory)
{
    /// <summary>A meeting as preview keeps it: its metadata, their problems, its outline, and what rendering it left behind.</summary>
    /// <param name="Outline">The meeting's public view before its texts are read; site.yml, which it depends on, reloads every meeting when it changes.</param>
    private sealed record Entry(Meeting? Meeting, IReadOnlyList<Diagnostic> Problems, MeetingView? Outline)
    {
        public RenderedMeeting? Rendered { get; init; }

        public string? Dependencies { get; init; }

        /// <summary>The outline and neighbours the meeting was last rendered or kept with: when both are the same objects now, so are its dependencies.</summary>
        public (MeetingView Outline, MeetingView? Previous, MeetingView? Next)? RenderedWith { get; init; }

        public IReadOnlyDictionary<string, PreviewFile> Files { get; init; } = new Dictionary<string, PreviewFile>();

        public IReadOnlyDictionary<string, byte[]> SearchDocuments { get; init; } = new Dictionary<string, byte[]>();
    }

    private readonly string _input = Path.GetFullPath(inputDirectory);
    private readonly Dictionary<string, Entry> _meetings = new(StringComparer.Ordinal);
    /// <summary>The last case index: cases that did not change keep their instances, and so their pages.</summary>
    private CaseIndex? _cases;

    /// <summary>The last index of the outlines' cases: a meeting whose cases did not change keeps its annotated outline.</summary>
    private CaseIndex? _outlineCases;

    /// <summary>The content's history, read once per full load: commits made while previewing show after a restart or a change to site.yml.</summary>
    private ContentHistory _history = ContentHistory.Without(HistoryStatus.NotARepository);
    private SiteHistory? _publicHistory;
    private BuildPipeline _pipeline = new();
    private SiteConfig? _config;
    private IReadOnlyList<Diagnostic> _configProblems = [];
    private Dictionary<string, (PageOutput Page, PreviewFile File)> _sitePages = new(StringComparer.Ordinal);
    /// <summary>The kinds of output that made no page in the last full rebuild, with the paths they made then: after an edit, made only when asked for.</summary>
    private readonly Dictionary<Type, IReadOnlySet<string>> _filesOnly = [];

    public PreviewSnapshot Current { get; private set; } = new(new Dictionary<string, PreviewFile>(), [], 0);

    /// <summary>Every punkt's search page after the last rebuild (path → HTML): what preview's search index is built from.</summary>
    public IReadOnlyDictionary<string, byte[]> SearchDocuments =>
        _meetings.Values.SelectMany(m => m.SearchDocuments).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);

    /// <summary>Rebuilds after the given files changed; null means everything. Calls must not overlap.</summary>
    public async Task<RebuildReport> RebuildAsync(IReadOnlyCollection<string>? changedPaths, CancellationToken cancellationToken = default)
    {
        var timings = new StageTimings();
        var full = changedPaths is null || _config is null || changedPaths.Any(IsSiteWide);
        var loaded = timings.Measure("Indlæser indhold", () => full ? LoadAll() : LoadChanged(changedPaths!));

        var problems = new DiagnosticBag();
        problems.AddRange(_configProblems.Concat(_meetings.Values.SelectMany(m => m.Problems)));
        if (_config is not { } config || problems.HasErrors)
        {
            return Failed(problems, full, loaded, timings);
        }
        var site = timings.Measure("Validerer", () =>
        {
            var assembled = ContentLoader.Assemble(config, _meetings.Values.Select(m => m.Meeting).OfType<Meeting>(), problems);
            SiteValidator.Validate(assembled, problems);
            return assembled;
        });
        if (problems.HasErrors)
        {
            return Failed(problems, full, loaded, timings);
        }

        var (outline, linker) = timings.Measure("Forbinder", () =>
        {
            var outlines = site.Meetings.Select(m => _meetings[m.SourceDirectory].Outline!).ToList();
            var outlineCases = CaseIndex.Build(outlines, _outlineCases);
            var annotated = outlineCases.Annotate(outlines, _outlineCases);
            _outlineCases = outlineCases;
            var context = new BuildContext(
                new PublishedSite(config, annotated, PublicViews.Files(site)),
                _pipeline.Assets.With(Publishing.SiteBranding.Urls(config)),
                problems) { Cases = outlineCases, History = _publicHistory ??= PublicHistory.Of(site, _history) };
            return (context, ReferenceLinker.For(site));
        });
        var sink = new MemorySink();
        var writer = new SiteWriter(sink, problems);

        var rendered = 0;
        var summaries = await timings.MeasureAsync("Gengiver ændrede møder", async () =>
        {
            var result = new MeetingView[site.Meetings.Length];
            await using var host = new RazorHost();
            for (var i = 0; i < site.Meetings.Length; i++)
            {
                var meeting = site.Meetings[i];
                var entry = _meetings[meeting.SourceDirectory];
                var (previous, next) = outline.Neighbours(outline.Meetings[i]);
                var with = (outline.Meetings[i], previous, next);
                // The same objects show the same: most meetings are known to be unchanged without spelling out what they show.
                var same = entry.RenderedWith is var (o, p, n) && ReferenceEquals(o, with.Item1) && ReferenceEquals(p, previous) && ReferenceEquals(n, next);
                var dependencies = same ? entry.Dependencies : MeetingRendering.Dependencies(outline, outline.Meetings[i]);
                if (entry.Rendered is { } before && entry.Dependencies == dependencies && !before.References.Any(r => r.LeadsElsewhere(linker.Resolver)))
                {
                    foreach (var path in before.Paths)
                    {
                        writer.Keep(new CopiedFile(path, ""));
                    }
                    _meetings[meeting.SourceDirectory] = entry with { RenderedWith = with };
                    result[i] = before.Summary;
                    problems.AddRange(before.Problems);
                    continue;
                }
                var search = new MemorySink();
                var now = await MeetingRendering.RenderAsync(meeting, outline, linker, writer, host, search);
                rendered += now.Pages.Length;
                _meetings[meeting.SourceDirectory] = entry with
                {
                    Rendered = now,
                    Dependencies = dependencies,
                    RenderedWith = with,
                    Files = now.Paths.Where(sink.Files.ContainsKey).ToDictionary(path => path, path => new PreviewFile(sink.Files[path])),
                    SearchDocuments = search.Files,
                };
                result[i] = now.Summary;
                problems.AddRange(now.Problems);
            }
            return result.ToImmutableArray();
        });

        // Summaries of meetings that did not change are the same instances as before, so the pages that list them compare equal.
        var cases = CaseIndex.Build(summaries, _cases);
        var context = outline with { Site = outline.Site with { Meetings = cases.Annotate(summaries, _cases) }, Cases = cases };
        _cases = cases;
        var files = new Dictionary<string, PreviewFile>(StringComparer.Ordinal);
        foreach (var entry in _meetings.Values)
        {
            foreach (var (path, file) in entry.Files)
            {
                files[path] = file;
            }
        }
        var pages = new Dictionary<string, (PageOutput, PreviewFile)>(StringComparer.Ordinal);
        var stale = new List<PageOutput>();
        var deferred = timings.Measure("Sammenligner oversigter", () => Compare(context, full, writer, files, pages, stale));
        await timings.MeasureAsync("Gengiver ændrede oversigter", () => writer.WriteAllAsync(stale, cancellationToken));
        foreach (var page in stale)
        {
            pages[page.Path] = (page, new PreviewFile(sink.Files[page.Path]));
        }
        foreach (var (path, (_, file)) in pages)
        {
            files[path] = file;
        }
        _sitePages = pages;
        Current = new PreviewSnapshot(new PreviewFiles(files, deferred), problems.Sorted(), Current.Version + 1);
        return new RebuildReport(!problems.HasErrors, full, loaded, rendered + stale.Count, timings.Elapsed, timings.Stages);
    }

    /// <summary>
    /// Sorts the site's own outputs into those that can be kept (a page whose inputs compare equal to the last rebuild's)
    /// and the pages to render again. A kind of output made of files alone (feeds, calendars, open data, OParl) is made
    /// after an edit only when a browser first asks for one of its files: making tens of thousands of them again is most
    /// of an edit's cost, and while editing hardly any is asked for. A full rebuild makes them all, which also claims
    /// their paths, so a collision is still reported.
    /// </summary>
    private IReadOnlyList<DeferredFiles> Compare(BuildContext context, bool full, SiteWriter writer,
        Dictionary<string, PreviewFile> files, Dictionary<string, (PageOutput Page, PreviewFile File)> pages, List<PageOutput> stale)
    {
        var deferred = new List<DeferredFiles>();
        foreach (var source in _pipeline.SiteSources())
        {
            if (!full && _filesOnly.TryGetValue(source.GetType(), out var madeBefore))
            {
                deferred.Add(new DeferredFiles(madeBefore, () => source.Produce(context).DistinctBy(item => item.Path).ToDictionary(item => item.Path, FileOf, StringComparer.Ordinal)));
                continue;
            }
            var madePages = false;
            var made = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in source.Produce(context))
            {
                switch (item)
                {
                    case PageOutput page when !full && _sitePages.TryGetValue(page.Path, out var previous) && PageInputs.Same(previous.Page, page):
                        writer.Keep(page);
                        pages[page.Path] = (page, previous.File);
                        madePages = true;
                        break;
                    case PageOutput page:
                        stale.Add(page);
                        madePages = true;
                        break;
                    default:
                        writer.Keep(item);
                        files[item.Path] = FileOf(item);
                        made.Add(item.Path);
                        break;
                }
            }
            if (full && !madePages)
            {
                _filesOnly[source.GetType()] = made;
            }

        }
        return deferred;
    }

    /// <summary>A data file made when first asked for, or an input file (the theme's, an attachment) served as it is.</summary>
    private static PreviewFile FileOf(OutputItem item) => item switch
    {
        FileOutput file => new PreviewFile(null, file),
        JoinedFile joined => new PreviewFile(null, new FileOutput(joined.Path, () => joined.MakeParts().Join(previous: null).Content.ToArray())),
        CopiedFile copy => new PreviewFile(null, SourcePath: copy.SourcePath),
        _ => throw new InvalidOperationException($"{item.Path} is a page, not a file."),
    };

    private RebuildReport Failed(DiagnosticBag problems, bool full, int loaded, StageTimings timings)
    {
        Current = Current with { Problems = problems.Sorted(), Version = Current.Version + 1 };
        return new RebuildReport(false, full, loaded, 0, timings.Elapsed, timings.Stages);
    }

    /// <summary>site.yml changes what every meeting means; theme files change every page.</summary>
    private bool IsSiteWide(string path) =>
        path == Path.Combine(_input, SiteConfigLoader.FileName)
        || (themeStaticDirectory is not null && path.StartsWith(Path.GetFullPath(themeStaticDirectory), StringComparison.Ordinal));

    private int LoadAll()
    {
        _pipeline = themeStaticDirectory is not null && Directory.Exists(themeStaticDirectory)
            ? new BuildPipeline(ThemeAssets.LoadFrom(themeStaticDirectory))
            : new BuildPipeline();
        var diagnostics = new DiagnosticBag();
        var loader = new ContentLoader(_input, diagnostics);
        _config = loader.LoadConfig();
        // What the history says of itself (no Git, a shallow clone) concerns the published site, not the editor's preview.
        _history = _config is null ? ContentHistory.Without(HistoryStatus.NotARepository) : GitHistoryReader.Read(_input, _config, new DiagnosticBag());
        _publicHistory = null;
        _configProblems = diagnostics.Sorted();
        _meetings.Clear();
        _cases = null;
        _outlineCases = null;
        _sitePages.Clear();
        _filesOnly.Clear();
        return _config is null ? 0 : Load(loader.MeetingFolders());
    }

    private int LoadChanged(IReadOnlyCollection<string> changedPaths)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var rescan = false;
        foreach (var path in changedPaths)
        {
            var folder = Path.GetDirectoryName(path);
            if (_meetings.ContainsKey(path) || Directory.Exists(path) || folder is null
                || !(_meetings.ContainsKey(folder) || File.Exists(Path.Combine(folder, ContentLoader.MeetingFile))))
            {
                // A folder appeared, vanished or was renamed: find the meetings again (reading only new ones).
                rescan = true;
                continue;
            }
            folders.Add(folder);
        }
        if (rescan)
        {
            var present = new ContentLoader(_input, new DiagnosticBag()).MeetingFolders().ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _meetings.Keys.Where(f => !present.Contains(f)).ToList())
            {
                _meetings.Remove(gone);
            }
            folders.UnionWith(present.Where(f => !_meetings.ContainsKey(f)));
        }
        foreach (var gone in folders.Where(f => !File.Exists(Path.Combine(f, ContentLoader.MeetingFile))).ToList())
        {
            _meetings.Remove(gone);
            folders.Remove(gone);
        }
        return Load(folders);
    }

    private int Load(IEnumerable<string> folders)
    {
        var results = new ConcurrentBag<(string Folder, Entry Entry)>();
        Parallel.ForEach(folders, folder =>
        {
            var diagnostics = new DiagnosticBag();
            var meeting = new ContentLoader(_input, diagnostics).LoadMeeting(folder, _config!);
            results.Add((folder, new Entry(meeting, diagnostics.Sorted(), meeting is null ? null : PublicViews.Outline(meeting, _config!))));
        });
        foreach (var (folder, entry) in results)
        {
            _meetings[folder] = entry;
        }
        return results.Count;
    }
}
