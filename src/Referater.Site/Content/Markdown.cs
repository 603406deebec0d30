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
        var lines = body.Split('\n');
        var sections = ImmutableArray.CreateBuilder<Section>(headings.Count + 1);

        var preambleEnd = headings.Count > 0 ? headings[0].Line : lines.Length;
        var preamble = Join(lines, 0, preambleEnd);
        if (preamble.Length > 0)
        {
            sections.Add(new Section("", preamble, firstLine) { MarkdownLine = firstLine + LeadingBlankLines(lines, 0) });
        }
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var start = heading.Line + 1;
            var end = i + 1 < headings.Count ? headings[i + 1].Line : lines.Length;
            sections.Add(new Section(HeadingText(heading), Join(lines, start, end), firstLine + heading.Line)
            {
                MarkdownLine = firstLine + start + LeadingBlankLines(lines, start),
            });
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

    private static int LeadingBlankLines(string[] lines, int start)
    {
        var count = 0;
        while (start + count < lines.Length && lines[start + count].Length == 0)
        {
            count++;
        }
        return count;
    }

    private static string Join(string[] lines, int start, int end)
    {
        var text = string.Join('\n', lines[start..Math.Min(end, lines.Length)]).Trim('\n');
        return string.IsNullOrWhiteSpace(text) ? "" : text;
    }
}
