namespace Referater.Site.Content;

/// <summary>
/// Limits on Markdown that would make parsing slow out of all proportion to its size. Markdig looks for the end of
/// every link address that is opened (<c>](</c>) to the end of the paragraph, so a paragraph of 100,000 unclosed
/// <c>[a](</c> takes minutes. No referat has more than a few dozen links in a paragraph.
/// </summary>
public static class MarkdownLimits
{
    public const string Code = "RS0632";

    public const int MaxLinksPerParagraph = 2000;

    /// <summary>The 0-based line where a paragraph with too many links starts, or null.</summary>
    public static int? FindOverlinkedParagraph(string markdown)
    {
        var count = 0;
        var paragraphLine = 0;
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < markdown.Length; i++)
        {
            var ch = markdown[i];
            if (ch == '\n')
            {
                line++;
                // A blank line ends the paragraph, and Markdig's search with it.
                if (markdown.AsSpan(lineStart, i - lineStart).IsWhiteSpace())
                {
                    count = 0;
                    paragraphLine = line;
                }
                lineStart = i + 1;
            }
            else if (ch == '(' && i > 0 && markdown[i - 1] == ']' && ++count > MaxLinksPerParagraph)
            {
                return paragraphLine;
            }
        }
        return null;
    }
}
