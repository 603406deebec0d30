using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Referater.Site.Rendering;

/// <summary>Which links an editor's text may carry: web, mail and phone links, and links within the site.</summary>
public static class LinkPolicy
{
    public const string ExternalRel = "noopener noreferrer";

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsExternal(string? url) =>
        url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal));

    /// <summary>A URL with a scheme other than the safe ones (javascript:, data:, vbscript:, …) is never written to a page.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }
        // Browsers ignore control characters and white space inside a scheme ("java\tscript:"), so compare without them.
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon)
        {
            return true;
        }
        var scheme = compact[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    public static void Apply(LinkInline link)
    {
        if (!IsSafe(link.Url))
        {
            link.Url = "";
        }
        if (link.IsImage)
        {
            return;
        }
        if (IsExternal(link.Url))
        {
            link.GetAttributes().AddPropertyIfNotExist("rel", ExternalRel);
        }
    }
}
