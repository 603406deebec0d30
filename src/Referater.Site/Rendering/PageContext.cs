using Referater.Site.Content;

namespace Referater.Site.Rendering;

/// <summary>What every page's layout needs: the site, where the page is, and the theme's fingerprinted assets.</summary>
public sealed record PageContext(SiteConfig Site, string Path, AssetManifest Assets)
{
    public string AbsoluteUrl => Site.AbsoluteUrl(Path);

    /// <summary>When the page's content last changed and where its corrections are, from the content's history; null without one.</summary>
    public Corrections.PageHistory? History { get; init; }
}

/// <summary>A link in the breadcrumb trail (Forside › Udvalg › Møde).</summary>
public sealed record Crumb(string Title, string Url);
