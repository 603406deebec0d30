using System.Collections.Immutable;
using Referater.Site.Content;
using Referater.Site.Linking;
using Referater.Site.Publishing;
using Referater.Site.Rendering;
using Referater.Site.Rendering.Pages;
using Referater.Site.Search;
using Referater.Site.Validation;

namespace Referater.Site.Pipeline;

/// <summary>What rendering one meeting left behind: its summary for the pages that list it, and what its pages depend on.</summary>
/// <param name="Summary">Every punkt with its decision: what other pages show of the meeting.</param>
/// <param name="References">The other meetings its texts named, with where each reference led.</param>
/// <param name="Pages">The pages it wrote, by path and component (the sitemap lists them).</param>
/// <param name="Paths">Every file it wrote.</param>
/// <param name="Problems">What was found in its texts.</param>
/// <param name="SearchPages">The search pages it wrote, when the run builds a search index.</param>
public sealed record RenderedMeeting(
    MeetingView Summary,
    ImmutableArray<ReferenceDependency> References,
    ImmutableArray<(string Path, Type Component)> Pages,
    ImmutableArray<string> Paths,
    IReadOnlyList<Diagnostic> Problems)
{
    public ImmutableArray<string> SearchPages { get; init; } = [];
}

/// <summary>
/// One meeting through the stages that need its text: read and parse its texts once (checking them), link their
/// references, make the meeting's own outputs from the full view, and keep only its summary. Build, check and
/// preview all render a meeting this way.
/// </summary>
public static class MeetingRendering
{
    /// <summary>What each meeting has besides the pages that list it.</summary>
    public static readonly IMeetingOutputSource[] Sources = [new MeetingPages(), new MeetingDataFiles()];

    /// <param name="search">Where the meeting's search pages go, when the run builds a search index.</param>
    /// <param name="fingerprint">What the meeting's files are made from, recorded for the next build when it keeps a cache.</param>
    public static async Task<RenderedMeeting> RenderAsync(
        Meeting meeting, BuildContext outline, ReferenceLinker linker, SiteWriter writer, RazorHost host, OutputSink? search = null, string? fingerprint = null)
    {
        var problems = new DiagnosticBag();
        var text = MeetingText.Load(meeting, linker, problems);
        var view = outline.Cases.Annotate([PublicViews.Of(text, outline.Config)])[0];
        var sources = text.LinkSources;
        var pages = ImmutableArray.CreateBuilder<(string, Type)>();
        var paths = ImmutableArray.CreateBuilder<string>();
        foreach (var item in Sources.SelectMany(source => source.Produce(outline, view)))
        {
            paths.Add(item.Path);
            if (item is PageOutput page)
            {
                pages.Add((page.Path, page.Component));
                await writer.WriteAsync(page with { LinkSources = sources }, host, fingerprint, keep: false);
            }
            else
            {
                await writer.WriteAsync(item, host, fingerprint, keep: false);
            }
        }
        var searchPages = search is null ? [] : SearchDocuments.Write(view, search);
        return new RenderedMeeting(view.Summary(), text.References, pages.ToImmutable(), paths.ToImmutable(), problems.Sorted()) { SearchPages = searchPages };
    }

    /// <summary>
    /// What a meeting's files are made from, short of its references: its own files, what its pages show of other meetings
    /// (<see cref="Dependencies"/>), and what every page shows of the site (its place, the configuration, the theme's assets,
    /// the meeting's history). Read from the files and the outline only, so that it is known before the meeting is read.
    /// </summary>
    /// <param name="loadedKey">
    /// The loader's key for the meeting's folder (<see cref="Content.LoadedMeetingKey"/>), which digests every file in it
    /// and site.yml. Null when the loader made none (a file it could not read): the fingerprint is then one no build has
    /// recorded, and the meeting is made again.
    /// </param>
    public static string Fingerprint(Meeting meeting, BuildContext outline, MeetingView outlineView, string? loadedKey) =>
        Pipeline.Fingerprint.Of(loadedKey ?? Guid.NewGuid().ToString("N"), outline.PageAt(meeting.Url), Dependencies(outline, outlineView), outline.Config, outline.Assets);

    /// <summary>
    /// What a meeting's own pages show of other meetings, besides what its texts' references name: the other
    /// treatments of its cases and the committee's meetings before and after it. When this changes, the pages must be
    /// made again even though the meeting's files did not change.
    /// </summary>
    public static string Dependencies(BuildContext outline, MeetingView meeting)
    {
        var parts = new List<string>();
        foreach (var item in meeting.Items)
        {
            foreach (var treatment in item.Case?.Treatments ?? [])
            {
                parts.Add($"{item.Number}:{treatment.Url}|{treatment.Date:yyyy-MM-dd}|{treatment.Committee.Slug}|{treatment.Title}");
            }
        }
        var (previous, next) = outline.Neighbours(meeting);
        foreach (var neighbour in new[] { previous, next })
        {
            parts.Add(neighbour is null ? "-" : MeetingLink.Of(neighbour).ToString());
        }
        return string.Join('\n', parts);
    }
}
