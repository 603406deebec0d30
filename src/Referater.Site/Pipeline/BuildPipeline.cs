using System.Collections.Immutable;
using System.Diagnostics;
using Referater.Site.Content;
using Referater.Site.Publishing;
using Referater.Site.Rendering;
using Referater.Site.Rendering.Pages;
using Referater.Site.Validation;

namespace Referater.Site.Pipeline;

/// <summary>
/// The build, stage by stage as the data flows: load the content, validate it, link it, render it, write it.
/// Nothing is written to the output folder unless every stage succeeded.
/// </summary>
public sealed class BuildPipeline
{
    private readonly ThemeAssets _assets = ThemeAssets.Load();

    public event Action<string>? StageStarted;

    public async Task<BuildResult> RunAsync(BuildOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var timings = new List<(string Stage, TimeSpan Time)>();
        var total = Stopwatch.StartNew();

        var site = Stage("Indlæser indhold", timings, () => new ContentLoader(options.InputDirectory, diagnostics).Load());
        if (site is null || diagnostics.HasErrors)
        {
            return BuildResult.Failed(timings, total.Elapsed);
        }
        Stage("Validerer", timings, () => SiteValidator.Validate(site, diagnostics));
        if (diagnostics.HasErrors)
        {
            return BuildResult.Failed(timings, total.Elapsed);
        }
        var context = Stage("Forbinder og forbereder sider", timings, () => CreateContext(site, diagnostics));

        using var staging = new StagedOutput(options.OutputDirectory);
        var writer = new OutputWriter(staging.StagingDirectory);
        await StageAsync("Skriver sider", timings, () => writer.WriteAsync(Sources().SelectMany(source => source.Produce(context)), cancellationToken));
        if (diagnostics.HasErrors)
        {
            return BuildResult.Failed(timings, total.Elapsed);
        }
        Stage("Tjekker links", timings, () => LinkChecker.Check(staging.StagingDirectory, site.Config.BaseUrl, diagnostics));
        if (diagnostics.HasErrors)
        {
            return BuildResult.Failed(timings, total.Elapsed);
        }
        Stage("Udgiver", timings, staging.Commit);
        return new BuildResult(true, site.Meetings.Length, site.AgendaItems.Count(), writer.WrittenPaths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), writer.Count, timings, total.Elapsed);
    }

    /// <summary>Every kind of output the site has, in one list.</summary>
    private IEnumerable<IOutputSource> Sources() =>
    [
        new ThemeAssetFiles(_assets),
        new SitePages(),
        new CommitteePages(),
        new MeetingPages(),
        new AttachmentFiles(),
    ];

    /// <summary>The content model ends here: outputs get only what <see cref="PublicViews"/> lets through.</summary>
    private BuildContext CreateContext(Content.Site site, DiagnosticBag diagnostics) =>
        new(PublicViews.Of(site), _assets.Manifest, diagnostics);

    private T Stage<T>(string name, List<(string, TimeSpan)> timings, Func<T> action)
    {
        StageStarted?.Invoke(name);
        var watch = Stopwatch.StartNew();
        var result = action();
        timings.Add((name, watch.Elapsed));
        return result;
    }

    private void Stage(string name, List<(string, TimeSpan)> timings, Action action) =>
        Stage<object?>(name, timings, () =>
        {
            action();
            return null;
        });

    private async Task StageAsync(string name, List<(string, TimeSpan)> timings, Func<Task> action)
    {
        StageStarted?.Invoke(name);
        var watch = Stopwatch.StartNew();
        await action();
        timings.Add((name, watch.Elapsed));
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
    public static BuildResult Failed(IReadOnlyList<(string, TimeSpan)> timings, TimeSpan elapsed) => new(false, 0, 0, 0, 0, timings, elapsed);
}
