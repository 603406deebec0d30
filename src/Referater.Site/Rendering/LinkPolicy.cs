using System.Collections.Immutable;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Referater.Site.Content;

namespace Referater.Site.Rendering;

/// <summary>
/// Which links and images an editor's text may carry. Links: web, mail and phone, and links within the site;
/// a link with any other scheme (javascript:, data:, vbscript:, …) keeps only its text. External links get
/// <c>rel="noopener noreferrer"</c>. Images load only from the site itself: a page that loaded an image from
/// another origin would tell that origin who reads which referat, so an external image becomes a link to it.
/// A pass of the site's Markdown pipeline, so that every parse of an editor's text applies it. It also keeps each link
/// within the site with its place in the source, so that a link that leads nowhere is reported where it was written.
/// </summary>
public sealed class LinkPolicy : DocumentPass
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

    public override void Process(MarkdownDocument document, string markdown, MarkdownContext context)
    {
        Apply(document);
        var sources = document.Descendants<LinkInline>()
            .Where(link => link.Url is not null)
            .Select(link => new LinkSource(link.Url!, context.Source.DisplayPath, context.FirstLine + link.Line, link.Column + 1))
            .ToImmutableArray();
        document.SetData(typeof(LinkSource), sources);
    }

    /// <summary>The links a parsed document carries, where they were written (a link that turns out to lead nowhere in the site is reported there).</summary>
    public static ImmutableArray<LinkSource> SourcesOf(MarkdownDocument document) =>
        document.GetData(typeof(LinkSource)) is ImmutableArray<LinkSource> sources ? sources : [];

    /// <summary>Applies the policy to every link, image and autolink of a parsed document.</summary>
    private static void Apply(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            Apply(link);
        }
        foreach (var link in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafe(link.Url))
            {
                link.ReplaceBy(new LiteralInline(link.Url));
            }
            else if (IsExternal(link.Url))
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", ExternalRel);
            }
        }
    }

    private static void Apply(LinkInline link)
    {
        if (!IsSafe(link.Url))
        {
            Unwrap(link);
            return;
        }
        if (link.IsImage && (IsExternal(link.Url) || link.Url?.Contains(':') == true))
        {
            // Not loaded from another origin: the reader follows the link if they want the image.
            link.IsImage = false;
            if (link.FirstChild is null)
            {
                link.AppendChild(new LiteralInline(link.Url ?? ""));
            }
        }
        if (!link.IsImage && IsExternal(link.Url))
        {
            link.GetAttributes().AddPropertyIfNotExist("rel", ExternalRel);
        }
    }

    /// <summary>Replaces a link by its text (an image by its description), so that nothing of its URL reaches the page.</summary>
    private static void Unwrap(LinkInline link)
    {
        Inline anchor = link;
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
            child = next;
        }
        link.Remove();
    }
}

/// <summary>A link within the site as an editor wrote it: its address and where it stands in the source.</summary>
public sealed record LinkSource(string Url, string File, int Line, int Column);
