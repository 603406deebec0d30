using System.Collections.Immutable;

namespace Referater.Site.Rendering;

/// <summary>The theme's static files by their plain names (<c>css/site.css</c>) and the fingerprinted URLs they are published under.</summary>
public sealed record AssetManifest(ImmutableSortedDictionary<string, string> Urls)
{
    public string this[string name] => Urls.TryGetValue(name, out var url)
        ? url
        : throw new KeyNotFoundException($"The theme has no asset '{name}'.");

    public string Stylesheet => this["css/site.css"];
}
