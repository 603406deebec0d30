using System.Collections.Immutable;
using Referater.Site.Content;
using Referater.Site.Rendering;
using Referater.Site.Validation;

namespace Referater.Site.Pipeline;

/// <summary>
/// What the output stages share. It holds the <see cref="PublishedSite"/> (public views only), never the content
/// model: an output source cannot reach a closed punkt's text, attachments, caseworkers or case number, because
/// they are not here. A new output builds from <see cref="Site"/> or <see cref="Meetings"/>; anything it needs that
/// the views lack belongs in <see cref="PublicViews"/>, where what may be published is decided once.
/// </summary>
public sealed record BuildContext(
    PublishedSite Site,
    AssetManifest Assets,
    DiagnosticBag Diagnostics)
{
    public SiteConfig Config => Site.Config;

    public ImmutableArray<MeetingView> Meetings => Site.Meetings;

    public PageContext PageAt(string urlPath) => new(Config, urlPath, Assets);
}
