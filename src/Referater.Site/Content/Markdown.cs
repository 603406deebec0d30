using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;

namespace Referater.Site.Content;

/// <summary>The one Markdown pipeline of the site, built once and shared by every stage that reads Markdown.</summary>
public static class Markdown
{
    /// <summary>
    /// Raw HTML is not passed through: editors write prose, and HTML in a referat is either an accident
    /// of copy-and-paste or an attack. It is shown as text instead.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// Splits a punkt's body at its level-2 headings (<c>## Resume</c>, <c>## Beslutning</c>, …).
    /// Text before the first heading becomes a section without a heading.
    /// </summary>
    public static ImmutableArray<Section> SplitSections(string body, int firstLine)
    {
        var document = Parse(body);
        var headings = document.OfType<HeadingBlock>().Where(h => h.Level == 2).ToList();
        // Sections are cut at line starts found once, instead of splitting the body into lines and joining them again.
        var lineStarts = LineStarts(body);
        var sections = ImmutableArray.CreateBuilder<Section>(headings.Count + 1);

        var preambleEnd = headings.Count > 0 ? headings[0].Line : lineStarts.Count;
        var preamble = Slice(body, lineStarts, 0, preambleEnd);
        if (preamble.Length > 0)
        {
            sections.Add(new Section("", preamble, firstLine));
        }
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var start = heading.Line + 1;
            var end = i + 1 < headings.Count ? headings[i + 1].Line : lineStarts.Count;
            sections.Add(new Section(HeadingText(heading), Slice(body, lineStarts, start, end), firstLine + heading.Line));
        }
        return sections.ToImmutable();
    }

    public static string HeadingText(HeadingBlock heading)
    {
        var text = heading.Inline is null
            ? ""
            : string.Concat(heading.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
        return text.Trim();
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int>(text.Length / 40 + 1) { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }
        return starts;
    }

    /// <summary>Lines [start, end) of the text without their final line break, trimmed of blank lines at either end.</summary>
    private static string Slice(string text, List<int> lineStarts, int start, int end)
    {
        end = Math.Min(end, lineStarts.Count);
        if (start >= end)
        {
            return "";
        }
        var from = lineStarts[start];
        var to = end < lineStarts.Count ? lineStarts[end] - 1 : text.Length;
        var span = text.AsSpan(from, to - from).Trim('\n');
        return span.IsWhiteSpace() ? "" : span.ToString();
    }
}
