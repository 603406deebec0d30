using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Referater.Site.Content;

namespace Referater.Site.Rendering;

/// <summary>Turns an editor's Markdown into the HTML of one part of a page.</summary>
public static class MarkdownHtml
{
    /// <param name="markdown">The Markdown of one section.</param>
    /// <param name="idPrefix">Headings get ids under this prefix, so that every heading of a page has its own anchor.</param>
    /// <param name="headingShift">How many levels the page already has above this text.</param>
    /// <param name="enrich">A pass over the parsed text before it is written (references become links).</param>
    public static string Render(string markdown, string idPrefix, int headingShift, Action<MarkdownDocument>? enrich = null) =>
        Render(Content.Markdown.Parse(markdown), idPrefix, headingShift, enrich);

    /// <summary>Renders an already parsed document (its headings and links are adjusted in place).</summary>
    public static string Render(MarkdownDocument document, string idPrefix, int headingShift, Action<MarkdownDocument>? enrich = null)
    {
        enrich?.Invoke(document);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = $"{idPrefix}-{Slugs.From(Content.Markdown.HeadingText(heading), maxWords: 6)}";
            var unique = id;
            for (var n = 2; !usedIds.Add(unique); n++)
            {
                unique = $"{id}-{n}";
            }
            heading.GetAttributes().Id = unique;
            heading.Level = Math.Min(6, heading.Level + headingShift);
        }
        LinkPolicy.Apply(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Content.Markdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The text of some Markdown without its markup, for summaries, feeds and data files.</summary>
    public static string PlainText(string markdown) => PlainText(Content.Markdown.Parse(markdown));

    /// <summary>The text of a parsed document; one that <see cref="Render(MarkdownDocument, string, int)"/> adjusted gives the same text.</summary>
    public static string PlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Content.Markdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }
}
