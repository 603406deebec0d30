using System.Collections.Immutable;
using Referater.Site.Content;
using Referater.Site.Linking;
using Referater.Site.Rendering;
using Referater.Site.Validation;

namespace Referater.Site.Pipeline;

/// <summary>What the output stages share: the loaded site, the public views of its meetings, and the theme's assets.</summary>
public sealed record BuildContext(
    Content.Site Site,
    ImmutableArray<MeetingView> Meetings,
    AssetManifest Assets,
    DiagnosticBag Diagnostics)
{
    public SiteConfig Config => Site.Config;

    /// <summary>Every case by sagsnummer, from the public views only.</summary>
    public CaseIndex Cases { get; init; } = CaseIndex.Empty;

    public PageContext PageAt(string urlPath) => new(Config, urlPath, Assets);
}
