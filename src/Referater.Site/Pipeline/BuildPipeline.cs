using Referater.Site.Content;
using Referater.Site.Linking;
using Referater.Site.Publishing;
using Referater.Site.Rendering;
using Referater.Site.Rendering.Pages;
using Referater.Site.Search;
using Referater.Site.Validation;

namespace Referater.Site.Pipeline;

/// <summary>
/// The build, stage by stage as the data flows: load the content, validate it, link it, render it, write it.
/// <c>check</c> runs the same stages up to linking; <c>preview</c> runs them on a site it reloads piece by piece.
/// Nothing is written to the output folder unless every stage succeeded.
/// </summary>
public sealed class BuildPipeline(ThemeAssets? assets = null)
{
    private static readonly Lazy<ThemeAssets> EmbeddedAssets = new(ThemeAssets.Load);

    private readonly ThemeAssets _assets = assets ?? EmbeddedAssets.Value;

    public event Action<string>? StageStarted;

    public async Task<BuildResult> RunAsync(BuildOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var timings = new StageTimings(StageStarted);
        if (OutputFolder.Problem(options.OutputDirectory, options.InputDirectory) is { } problem)
        {
            diagnostics.Error(ContentLoader.DisplayPath(Path.GetFullPath(options.OutputDirectory)), 1, 1, problem.Code, problem.Message);
            return BuildResult.Failed(timings);
        }
        var context = Prepare(options.InputDirectory, diagnostics, timings, cancellationToken);
        if (context is null)
        {
            return BuildResult.Failed(timings);
        }
        var outputs = Outputs(context).ToList();
        if (!OutputPaths.Check(outputs, diagnostics))
        {
            return BuildResult.Failed(timings);
        }
        // Every stage below stops at a cancellation (Ctrl+C, SIGTERM), and the staging folder is removed: nothing is published.
        cancellationToken.ThrowIfCancellationRequested();
        using var staging = new StagedOutput(options.OutputDirectory);
        var writer = new OutputWriter(staging.StagingDirectory);
        await timings.MeasureAsync("Skriver sider", () => writer.WriteAsync(outputs, cancellationToken));
        if (diagnostics.HasErrors)
        {
            return BuildResult.Failed(timings);
        }
        if (options.Search)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var indexer = new PagefindIndexer();
            await timings.MeasureAsync("Bygger søgeindeks", () => indexer.IndexAsync(staging.StagingDirectory, diagnostics, cancellationToken));
            if (diagnostics.HasErrors)
            {
                return BuildResult.Failed(timings);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        timings.Measure("Tjekker links", () => LinkChecker.Check(staging.StagingDirectory, context.Config.BaseUrl, diagnostics));
        if (diagnostics.HasErrors)
        {
            return BuildResult.Failed(timings);
        }
        cancellationToken.ThrowIfCancellationRequested();
        timings.Measure("Udgiver", staging.Commit);
        return new BuildResult(true, context.Site.Meetings.Length, context.Site.AgendaItems.Count(), writer.WrittenPaths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), writer.Count, timings.Stages, timings.Elapsed);
    }

    /// <summary>Every stage before writing: load, validate, link. Null when the input has errors (they are in <paramref name="diagnostics"/>).</summary>
    public BuildContext? Prepare(string inputDirectory, DiagnosticBag diagnostics, StageTimings? timings = null, CancellationToken cancellationToken = default)
    {
        timings ??= new StageTimings(StageStarted);
        var site = timings.Measure("Indlæser indhold", () => new ContentLoader(inputDirectory, diagnostics).Load(cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        return site is null || diagnostics.HasErrors ? null : Complete(site, diagnostics, timings);
    }

    /// <summary>
    /// Validates and links a loaded site. <paramref name="views"/> lets a caller reuse the public views of meetings that did
    /// not change (preview); by default every meeting's view is made anew.
    /// </summary>
    public BuildContext? Complete(Content.Site site, DiagnosticBag diagnostics, StageTimings? timings = null, Func<Meeting, ReferenceLinker, MeetingView>? views = null, CaseIndex? previousCases = null)
    {
        timings ??= new StageTimings(StageStarted);
        timings.Measure("Validerer", () => SiteValidator.Validate(site, diagnostics));
        if (diagnostics.HasErrors)
        {
            return null;
        }
        return timings.Measure("Forbinder og forbereder sider", () => CreateContext(site, diagnostics, views ?? ((meeting, linker) => PublicViews.Of(meeting, site.Config, linker)), previousCases));
    }

    /// <summary>Every file of the site, described but not yet rendered. The sitemap comes last: it lists the others' pages.</summary>
    public IEnumerable<OutputItem> Outputs(BuildContext context)
    {
        var outputs = Sources().SelectMany(source => source.Produce(context)).ToList();
        outputs.AddRange(new SitemapFiles(outputs).Produce(context));
        return outputs;
    }

    /// <summary>Every kind of output the site has, in one list.</summary>
    private IEnumerable<IOutputSource> Sources() =>
    [
        new ThemeAssetFiles(_assets),
        new SiteBranding(),
        new SitePages(),
        new CommitteePages(),
        new MeetingPages(),
        new CaseListPages(),
        new CasePages(),
        new AttachmentFiles(),
        new HostRedirects(),
        new MeetingFeeds(),
        new CaseFeeds(),
        new MeetingCalendars(),
        new MeetingDataFiles(),
        new SiteDataFiles(),
        new OutputFolder(),
    ];

    /// <summary>
    /// Links the content, then ends the content model: outputs get only what <see cref="PublicViews"/> lets through,
    /// each punkt with its case's timeline.
    /// </summary>
    private BuildContext CreateContext(Content.Site site, DiagnosticBag diagnostics, Func<Meeting, ReferenceLinker, MeetingView> views, CaseIndex? previousCases)
    {
        var linker = ReferenceLinker.For(site, diagnostics);
        var published = PublicViews.Of(site, meeting => views(meeting, linker));
        var cases = CaseIndex.Build(published.Meetings, previousCases);
        return new BuildContext(
            published with { Meetings = cases.Annotate(published.Meetings, previousCases) },
            _assets.Manifest.With(SiteBranding.Urls(site.Config)),
            diagnostics) { Cases = cases };
    }
}

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
}
