using Markdig;
using Markdig.Syntax;
using Referater.Site.Linking;
using Referater.Site.Rendering;
using Referater.Site.Validation;

namespace Referater.Site.Content;

/// <summary>
/// The one Markdown pipeline of the site, built once and shared by every stage that reads Markdown. Its passes (link
/// policy, reference links, sections and heading ids, the personal-data scan) are extensions of the pipeline and run on
/// every parse, in the order they were added; <see cref="Parse"/> is the only way text is parsed.
/// </summary>
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
        .Use<LinkPolicy>()
        .Use<ReferenceLinks>()
        .Use<SectionHeadingRule>()
        .Use<SectionOutliner>()
        .Use<PersonalDataPass>()
        .Build();

    private static readonly DocumentPass[] Passes = Pipeline.Extensions.OfType<DocumentPass>().ToArray();

    /// <summary>How deeply quotes and lists may nest. Real referater stay below five; far more is a broken paste.</summary>
    public const int MaxNesting = 32;

    /// <summary>Parses text that was checked before (or needs no check), with every pass of the pipeline.</summary>
    public static MarkdownDocument Parse(string markdown, MarkdownContext context)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var pass in Passes)
        {
            pass.Process(document, markdown, context);
        }
        return document;
    }

    /// <summary>
    /// Parses an editor's Markdown, or reports why it cannot be published: nesting beyond <see cref="MaxNesting"/>
    /// is refused with its line and column before Markdig sees it, and Markdig's own depth limit (thousands of
    /// '*' or '[' in a row) becomes a diagnostic instead of a crash.
    /// </summary>
    public static MarkdownDocument? ParseChecked(string markdown, MarkdownContext context)
    {
        var (source, firstLine, diagnostics) = (context.Source, context.FirstLine, context.Diagnostics);
        if (FindTooDeepNesting(markdown) is var (line, column))
        {
            diagnostics?.Error(source.DisplayPath, firstLine + line, column + 1, "RS0004",
                $"teksten er indlejret mere end {MaxNesting} niveauer (citater med '>' eller lister i lister). "
                + "Det er næsten altid en fejl fra en kopieret tekst: fjern de overskydende '>', '-' eller indrykninger.");
            return null;
        }
        if (MarkdownLimits.FindOverlinkedParagraph(markdown) is { } crowded)
        {
            diagnostics?.Error(source.DisplayPath, firstLine + crowded, 1, MarkdownLimits.Code,
                $"afsnittet har mere end {MarkdownLimits.MaxLinksPerParagraph} links ('](' i træk), og det ville tage meget lang tid at læse. "
                + "Det er næsten altid en fejl fra en kopieret tekst: slet de overskydende '[…](' eller del afsnittet op med tomme linjer.");
            return null;
        }
        MarkdownDocument? document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            document = null;
        }
        // Markdig's renderer has a depth limit of its own; a tree this deep would stop the build while rendering.
        var deepLine = document is null ? 0 : FindTooDeepNode(document);
        if (deepLine is not null)
        {
            diagnostics?.Error(source.DisplayPath, firstLine + deepLine.Value, 1, "RS0005",
                "teksten kan ikke læses som Markdown, fordi den er for dybt indlejret (fx tusindvis af '*', '[' eller '>' i træk). "
                + "Ret eller slet den del af teksten.");
            return null;
        }
        foreach (var pass in Passes)
        {
            pass.Process(document!, markdown, context);
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

    public static string HeadingText(HeadingBlock heading)
    {
        var text = heading.Inline is null
            ? ""
            : string.Concat(heading.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
        return text.Trim();
    }
}
