using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>
/// The theme's static files (CSS, images), compiled into the generator from <c>theme/static/</c>. CSS, JS and images
/// are published under names that carry a hash of their content, so that hosts may cache them for ever.
/// </summary>
public sealed class ThemeAssets
{
    private const string ResourcePrefix = "theme/static/";

    private static readonly string[] Fingerprinted = [".css", ".js", ".svg", ".png", ".webp", ".jpg"];

    private ThemeAssets(ImmutableArray<FileOutput> files, AssetManifest manifest)
    {
        Files = files;
        Manifest = manifest;
    }

    public ImmutableArray<FileOutput> Files { get; }

    public AssetManifest Manifest { get; }

    /// <summary>The assets compiled into the generator: what every build publishes.</summary>
    public static ThemeAssets Load()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        return From(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(resource => (resource[ResourcePrefix.Length..].Replace('\\', '/'), Read(assembly, resource))));
    }

    /// <summary>The assets as they are on disk now (<c>theme/static/</c>): preview shows a style edit without a rebuild of the generator.</summary>
    public static ThemeAssets LoadFrom(string staticDirectory) =>
        From(Directory.EnumerateFiles(staticDirectory, "*", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Select(path => (Path.GetRelativePath(staticDirectory, path).Replace('\\', '/'), File.ReadAllBytes(path))));

    private static ThemeAssets From(IEnumerable<(string Name, byte[] Content)> assets)
    {
        var files = ImmutableArray.CreateBuilder<FileOutput>();
        var urls = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, content) in assets.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var published = Fingerprinted.Contains(Path.GetExtension(name)) ? FingerprintedName(name, content) : name;
            files.Add(new FileOutput("assets/" + published, content));
            urls[name] = "/assets/" + published;
        }
        return new ThemeAssets(files.ToImmutable(), new AssetManifest(urls.ToImmutable()));
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary><c>css/site.css</c> as <c>css/site.0123456789.css</c>: a name that changes whenever the content does.</summary>
    public static string FingerprintedName(string name, byte[] content) =>
        $"{Path.ChangeExtension(name, null)}.{Convert.ToHexStringLower(SHA256.HashData(content))[..10]}{Path.GetExtension(name)}";
}
