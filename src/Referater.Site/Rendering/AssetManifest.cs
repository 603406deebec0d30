using System.Collections.Immutable;

namespace Referater.Site.Rendering;

/// <summary>The theme's static files by their plain names (<c>css/site.css</c>) and the fingerprinted URLs they are published under.</summary>
public sealed record AssetManifest(ImmutableSortedDictionary<string, string> Urls)
{
    public string this[string name] => Urls.TryGetValue(name, out var url)
        ? url
        : throw new KeyNotFoundException($"The theme has no asset '{name}'.");

    public string Stylesheet => this["css/site.css"];

    /// <summary>The municipality's colours from site.yml, when it names one; site.css has the default.</summary>
    public string? ColourStylesheet => Urls.GetValueOrDefault("css/site-colors.css");

    /// <summary>The municipality's logo from site.yml, when it names one.</summary>
    public string? Logo => Urls.GetValueOrDefault("logo");

    /// <summary>This manifest with more assets, e.g. those made from site.yml.</summary>
    public AssetManifest With(IEnumerable<KeyValuePair<string, string>> more) => new(Urls.SetItems(more));
}
