using System.Collections.Immutable;
using Referater.Site.Content;

namespace Referater.Site.Rendering;

/// <summary>
/// Everything of the site that may be published, and nothing else: the configuration, the public views of every
/// meeting, and the attachment files of public punkter. It is what every output (pages, feeds, calendars, open
/// data, search, sitemap) is built from. The content model itself never reaches an output: a closed punkt's body,
/// attachments, caseworkers, case number and grid are dropped by <see cref="PublicViews"/> before this is built,
/// so a new output cannot leak them however it is written.
/// </summary>
public sealed record PublishedSite(SiteConfig Config, ImmutableArray<MeetingView> Meetings, ImmutableArray<PublishedFile> Files)
{
    public IEnumerable<AgendaItemView> AgendaItems => Meetings.SelectMany(m => m.Items);
}

/// <summary>An input file published as it is (an attachment of a public punkt), by its output path, and where it is listed.</summary>
public sealed record PublishedFile(string Path, string SourcePath, Pipeline.SourceLocation ListedAt);
