using Markdig.Renderers;
using Markdig.Syntax;
using Referater.Site.Content;

namespace Referater.Site.Rendering;

/// <summary>
/// Writes a parsed text, or a section of it, as HTML or as plain text. The text was parsed through the site's pipeline,
/// so its links are safe, its references linked and its headings named before any of it is written.
/// </summary>
public static class MarkdownHtml
{
    /// <summary>The HTML of a section: its blocks, without its heading (the page writes that).</summary>
    public static string Render(MarkdownDocument document, SectionRange section) =>
        Write(document, section, plain: false);

    /// <summary>The text of a section without its markup, for summaries, feeds and data files.</summary>
    public static string PlainText(MarkdownDocument document, SectionRange section) =>
        Write(document, section, plain: true).Trim();

    private static string Write(MarkdownDocument document, SectionRange section, bool plain)
    {
        using var writer = new StringWriter();
        var renderer = plain
            ? new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false }
            : new HtmlRenderer(writer);
        Content.Markdown.Pipeline.Setup(renderer);
        for (var i = section.FirstBlock; i < section.EndBlock; i++)
        {
            renderer.Render(document[i]);
        }
        writer.Flush();
        return writer.ToString();
    }
}
