using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using Referater.Site.Validation;

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

    /// <summary>How deeply quotes and lists may nest. Real referater stay below five; far more is a broken paste.</summary>
    public const int MaxNesting = 32;

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// Parses an editor's Markdown, or reports why it cannot be published: nesting beyond <see cref="MaxNesting"/>
    /// is refused with its line and column before Markdig sees it, and Markdig's own depth limit (thousands of
    /// '*' or '[' in a row) becomes a diagnostic instead of a crash.
    /// </summary>
    /// <param name="firstLine">The 1-based line of the file on which <paramref name="markdown"/> starts.</param>
    public static MarkdownDocument? ParseChecked(string markdown, SourceText source, int firstLine, DiagnosticBag diagnostics)
    {
        if (FindTooDeepNesting(markdown) is var (line, column))
        {
            diagnostics.Error(source.DisplayPath, firstLine + line, column + 1, "RS0004",
                $"teksten er indlejret mere end {MaxNesting} niveauer (citater med '>' eller lister i lister). "
                + "Det er næsten altid en fejl fra en kopieret tekst: fjern de overskydende '>', '-' eller indrykninger.");
            return null;
        }
        if (MarkdownLimits.FindOverlinkedParagraph(markdown) is { } crowded)
        {
            diagnostics.Error(source.DisplayPath, firstLine + crowded, 1, MarkdownLimits.Code,
                $"afsnittet har mere end {MarkdownLimits.MaxLinksPerParagraph} links ('](' i træk), og det ville tage meget lang tid at læse. "
                + "Det er næsten altid en fejl fra en kopieret tekst: slet de overskydende '[…](' eller del afsnittet op med tomme linjer.");
            return null;
        }
        MarkdownDocument? document;
        try
        {
            document = Parse(markdown);
        }
        catch (ArgumentException)
        {
            document = null;
        }
        // Markdig's renderer has a depth limit of its own; a tree this deep would stop the build while rendering.
        var deepLine = document is null ? 0 : FindTooDeepNode(document);
        if (deepLine is not null)
        {
            diagnostics.Error(source.DisplayPath, firstLine + deepLine.Value, 1, "RS0005",
                "teksten kan ikke læses som Markdown, fordi den er for dybt indlejret (fx tusindvis af '*', '[' eller '>' i træk). "
                + "Ret eller slet den del af teksten.");
            return null;
        }
        return document;
    }

    /// <summary>The line (0-based) of the first element nested deeper than a page may show, or null.</summary>
    private static int? FindTooDeepNode(MarkdownDocument document)
    {
        const int maxDepth = 2 * MaxNesting;
        var stack = new Stack<(MarkdownObject Node, int Depth)>([(document, 0)]);
        while (stack.TryPop(out var entry))
        {
            var (node, depth) = entry;
            if (depth > maxDepth)
            {
                return Math.Max(0, node.Line);
            }
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        stack.Push((child, depth + 1));
                    }
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case Markdig.Syntax.Inlines.ContainerInline containerInline:
                    for (var child = containerInline.FirstChild; child is not null; child = child.NextSibling)
                    {
                        stack.Push((child, depth + 1));
                    }
                    break;
            }
        }
        return null;
    }

    /// <summary>The first line (0-based) whose quote and list markers, with its indentation, nest too deeply, and the column where it does.</summary>
    private static (int Line, int Column)? FindTooDeepNesting(string markdown)
    {
        var line = 0;
        var lineStart = 0;
        while (lineStart <= markdown.Length)
        {
            var lineEnd = markdown.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = markdown.Length;
            }
            var depth = 0;
            var indent = 0;
            for (var i = lineStart; i < lineEnd; i++)
            {
                var ch = markdown[i];
                if (ch is ' ' or '\t')
                {
                    indent += ch == '\t' ? 4 : 1;
                    continue;
                }
                var marker = ch == '>' ? 1 : ListMarkerLength(markdown, i, lineEnd);
                if (marker == 0)
                {
                    break;
                }
                depth++;
                i += marker - 1;
                // Nested lists are also made by indentation alone: two columns a level is the least Markdown needs.
                if (depth + indent / 2 > MaxNesting)
                {
                    return (line, i - lineStart);
                }
            }
            if (depth + indent / 2 > MaxNesting)
            {
                return (line, 0);
            }
            line++;
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /// <summary>The length of a list marker (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>) at a position, followed by a space or the line's end; else 0.</summary>
    private static int ListMarkerLength(string text, int index, int lineEnd)
    {
        var end = index;
        if (text[index] is '-' or '*' or '+')
        {
            end = index + 1;
        }
        else
        {
            while (end < lineEnd && end - index < 9 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            if (end == index || end >= lineEnd || text[end] is not ('.' or ')'))
            {
                return 0;
            }
            end++;
        }
        return end == lineEnd || text[end] is ' ' or '\t' ? end - index : 0;
    }

    /// <summary>
    /// Splits a punkt's body at its level-2 headings (<c>## Resume</c>, <c>## Beslutning</c>, …).
    /// Text before the first heading becomes a section without a heading.
    /// </summary>
    public static ImmutableArray<Section> SplitSections(string body, int firstLine) => SplitSections(Parse(body), body, firstLine);

    /// <summary>Splits a body already parsed (by <see cref="ParseChecked"/>) at its level-2 headings.</summary>
    public static ImmutableArray<Section> SplitSections(MarkdownDocument document, string body, int firstLine)
    {
        var headings = document.OfType<HeadingBlock>().Where(h => h.Level == 2).ToList();
        // Sections are cut at line starts found once, instead of splitting the body into lines and joining them again.
        var lineStarts = LineStarts(body);
        var sections = ImmutableArray.CreateBuilder<Section>(headings.Count + 1);

        var preambleEnd = headings.Count > 0 ? headings[0].Line : lineStarts.Count;
        var preamble = Slice(body, lineStarts, 0, preambleEnd);
        if (preamble.Length > 0)
        {
            sections.Add(new Section("", preamble, firstLine) { MarkdownLine = firstLine + LeadingBlankLines(body, lineStarts, 0) });
        }
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var start = heading.Line + 1;
            var end = i + 1 < headings.Count ? headings[i + 1].Line : lineStarts.Count;
            sections.Add(new Section(HeadingText(heading), Slice(body, lineStarts, start, end), firstLine + heading.Line)
            {
                MarkdownLine = firstLine + start + LeadingBlankLines(body, lineStarts, start),
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

    /// <summary>How many empty lines follow line <paramref name="start"/>: a section's text starts after them.</summary>
    private static int LeadingBlankLines(string text, List<int> lineStarts, int start)
    {
        var count = 0;
        while (start + count < lineStarts.Count && LineLength(text, lineStarts, start + count) == 0)
        {
            count++;
        }
        return count;
    }

    private static int LineLength(string text, List<int> lineStarts, int line) =>
        (line + 1 < lineStarts.Count ? lineStarts[line + 1] - 1 : text.Length) - lineStarts[line];

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
