using System.Collections.Immutable;
using System.Text;
using Referater.Site.Content;
using Referater.Site.Pipeline;

namespace Referater.Site.Publishing;

/// <summary>
/// The municipality's own look from site.yml: its colour as a small stylesheet of CSS custom properties (the
/// Content-Security-Policy forbids inline styles) and its logo, both under fingerprinted names in <c>/assets/</c>.
/// </summary>
public sealed class SiteBranding : IOutputSource
{
    public const string ColoursName = "css/site-colors.css";
    public const string LogoName = "logo";

    /// <summary>The branding files by their manifest names, with the file each is published as.</summary>
    public static ImmutableSortedDictionary<string, FileOutput> For(SiteConfig config)
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, FileOutput>(StringComparer.Ordinal);
        if (Colour.TryParse(config.PrimaryColor, out var primary))
        {
            var css = Encoding.UTF8.GetBytes(Stylesheet(primary));
            files[ColoursName] = new FileOutput("assets/" + ThemeAssets.FingerprintedName(ColoursName, css), css);
        }
        if (config.LogoFile is { } logo)
        {
            var bytes = File.ReadAllBytes(logo);
            var name = "img/logo" + Path.GetExtension(logo).ToLowerInvariant();
            files[LogoName] = new FileOutput("assets/" + ThemeAssets.FingerprintedName(name, bytes), bytes);
        }
        return files.ToImmutable();
    }

    public static ImmutableSortedDictionary<string, string> Urls(SiteConfig config) =>
        For(config).ToImmutableSortedDictionary(p => p.Key, p => "/" + p.Value.Path, StringComparer.Ordinal);

    public IEnumerable<OutputItem> Produce(BuildContext context) => For(context.Config).Values;

    /// <summary>The tokens site.css reads. The tint (the decision's background) stays light enough for links in the colour.</summary>
    private static string Stylesheet(Colour primary)
    {
        var dark = primary.Mix(new Colour(0, 0, 0), 0.8);
        var tint = primary.Mix(Colour.White, 0.1);
        for (var share = 0.1; share > 0 && primary.ContrastWith(tint) < Colour.MinimumContrast; share -= 0.01)
        {
            tint = primary.Mix(Colour.White, share);
        }
        return $":root{{--color-primary:{primary};--color-primary-dark:{dark};--color-primary-tint:{tint}}}\n";
    }
}
