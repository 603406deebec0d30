using System.Collections.Concurrent;
using Referater.Site.Content;
using Referater.Site.Content.History;
using Referater.Site.Pipeline;
using Referater.Site.Publishing;
using Referater.Site.Rendering;
using Referater.Site.Rendering.Corrections;
using Referater.Site.Validation;

namespace Referater.Site.Preview;

/// <summary>A file of the previewed site: rendered bytes, or (for an attachment) the input file served as it is.</summary>
public sealed record PreviewFile(OutputItem Item, byte[]? Rendered)
{
    /// <summary>A page's rendered bytes; a data file's bytes are made when first asked for (most never are while previewing).</summary>
    public byte[]? Content => Rendered ?? (Item as FileOutput)?.Content;
}

/// <summary>The site as preview serves it at one moment: its files, and the problems of the input (errors stop the pages from showing).</summary>
public sealed record PreviewSnapshot(IReadOnlyDictionary<string, PreviewFile> Files, IReadOnlyList<Diagnostic> Problems, int Version)
{
    public bool HasErrors => Problems.Any(d => d.Severity == Severity.Error);
}

/// <summary>What a rebuild did, for the editor's terminal.</summary>
public sealed record RebuildReport(bool Succeeded, bool Full, int MeetingsLoaded, int PagesRendered, TimeSpan Elapsed, IReadOnlyList<(string Stage, TimeSpan Time)> Stages);

/// <summary>
/// The site held in memory by preview. After an edit only the meetings whose folders changed are read again, and only
/// the pages whose inputs changed are rendered again (the meeting's page, and the indexes that list it); everything else
/// is served as it was. A change to site.yml or the theme rebuilds everything.
/// </summary>
public sealed class PreviewSite(string inputDirectory, string? themeStaticDirectory)
{
    private readonly string _input = Path.GetFullPath(inputDirectory);
    private readonly Dictionary<string, (Meeting? Meeting, IReadOnlyList<Diagnostic> Problems)> _meetings = new(StringComparer.Ordinal);
    /// <summary>The last case index: cases that did not change keep their instances, and so their pages.</summary>
    private Linking.CaseIndex? _cases;

    /// <summary>The content's history, read once per full load: commits made while previewing show after a restart or a change to site.yml.</summary>
    private ContentHistory _history = ContentHistory.Without(HistoryStatus.NotARepository);
    private SiteHistory? _publicHistory;

    private readonly ConcurrentDictionary<Meeting, MeetingView> _views = new(ReferenceEqualityComparer.Instance);
    private BuildPipeline _pipeline = new();
    private SiteConfig? _config;
    private IReadOnlyList<Diagnostic> _configProblems = [];
    private Dictionary<string, PreviewFile> _files = new(StringComparer.Ordinal);

    public PreviewSnapshot Current { get; private set; } = new(new Dictionary<string, PreviewFile>(), [], 0);

    /// <summary>Rebuilds after the given files changed; null means everything. Calls must not overlap.</summary>
    public async Task<RebuildReport> RebuildAsync(IReadOnlyCollection<string>? changedPaths, CancellationToken cancellationToken = default)
    {
        var timings = new StageTimings();
        var full = changedPaths is null || _config is null || changedPaths.Any(IsSiteWide);
        var loaded = timings.Measure("Indlæser indhold", () => full ? LoadAll() : LoadChanged(changedPaths!));

        var problems = new DiagnosticBag();
        foreach (var diagnostic in _configProblems.Concat(_meetings.Values.SelectMany(m => m.Problems)))
        {
            problems.Add(diagnostic);
        }
        BuildContext? context = null;
        if (_config is { } config && !problems.HasErrors)
        {
            var site = ContentLoader.Assemble(config, _meetings.Values.Select(m => m.Meeting).OfType<Meeting>(), problems);
            if (!problems.HasErrors)
            {
                context = _pipeline.Complete(site, problems, timings, (meeting, linker) => _views.GetOrAdd(meeting, m => PublicViews.Of(m, config, linker)), _cases,
                    loaded => _publicHistory ??= PublicHistory.Of(loaded, _history));
                _cases = context?.Cases;
                ForgetViewsOtherThan(site);
            }
        }
        if (context is null)
        {
            Current = new PreviewSnapshot(_files, problems.Sorted(), Current.Version + 1);
            return new RebuildReport(false, full, loaded, 0, timings.Elapsed, timings.Stages);
        }

        var files = new Dictionary<string, PreviewFile>(StringComparer.Ordinal);
        var stale = new List<PageOutput>();
        foreach (var item in _pipeline.Outputs(context))
        {
            switch (item)
            {
                case PageOutput page when !full && _files.TryGetValue(page.Path, out var previous) && previous.Item is PageOutput before && PageInputs.Same(before, page):
                    files[page.Path] = previous with { Item = page };
                    break;
                case PageOutput page:
                    stale.Add(page);
                    break;
                case FileOutput file:
                    files[file.Path] = new PreviewFile(file, null);
                    break;
                default:
                    files[item.Path] = new PreviewFile(item, null);
                    break;
            }
        }
        var rendered = new ConcurrentBag<PreviewFile>();
        await timings.MeasureAsync("Gengiver ændrede sider", () => PageRenderer.RenderAsync(stale, (page, html) =>
        {
            rendered.Add(new PreviewFile(page, html));
            return Task.CompletedTask;
        }, cancellationToken));
        foreach (var file in rendered)
        {
            files[file.Item.Path] = file;
        }
        _files = files;
        Current = new PreviewSnapshot(files, problems.Sorted(), Current.Version + 1);
        return new RebuildReport(true, full, loaded, stale.Count, timings.Elapsed, timings.Stages);
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
        _views.Clear();
        _cases = null;
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
        var results = new ConcurrentBag<(string Folder, Meeting? Meeting, IReadOnlyList<Diagnostic> Problems)>();
        Parallel.ForEach(folders, folder =>
        {
            var diagnostics = new DiagnosticBag();
            var meeting = new ContentLoader(_input, diagnostics).LoadMeeting(folder, _config!);
            results.Add((folder, meeting, diagnostics.Sorted()));
        });
        foreach (var (folder, meeting, problems) in results)
        {
            _meetings[folder] = (meeting, problems);
        }
        return results.Count;
    }

    private void ForgetViewsOtherThan(Content.Site site)
    {
        var current = new HashSet<Meeting>(site.Meetings, ReferenceEqualityComparer.Instance);
        foreach (var meeting in _views.Keys.Where(m => !current.Contains(m)))
        {
            _views.TryRemove(meeting, out _);
        }
    }
}
