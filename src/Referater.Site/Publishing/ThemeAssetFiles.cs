using Referater.Site.Pipeline;

namespace Referater.Site.Publishing;

/// <summary>The theme's CSS and images under <c>/assets/</c>.</summary>
public sealed class ThemeAssetFiles(ThemeAssets assets) : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context) => assets.Files;
}
