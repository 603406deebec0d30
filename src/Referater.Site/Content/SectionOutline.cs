using System.Collections.Immutable;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Referater.Site.Content;

/// <summary>
/// One level-2 part of a punkt (Resume, Sagsfremstilling, Beslutning …) as a range of the punkt's one parsed document:
/// its blocks <c>[FirstBlock, EndBlock)</c>, without the heading itself. Being ranges of one document, the sections share
/// its link reference definitions, so <c>[rapporten][r]</c> in one section finds <c>[r]: …</c> written in another.
/// </summary>
/// <param name="Heading">The heading's text; empty for text before the first heading.</param>
/// <param name="Id">The section's anchor on the page (<c>punkt-12-beslutning</c>).</param>
/// <param name="Line">The 1-based line of the file where the section starts.</param>
public sealed record SectionRange(string Heading, string Id, int Line, int FirstBlock, int EndBlock)
{
    public bool IsDecision => SectionNames.IsDecision(Heading);
}

/// <summary>
/// Splits a parsed text into its sections and gives every heading its id and its level on the page: a pass of the
/// pipeline, so that any render of the text carries the same anchors.
/// </summary>
public sealed class SectionOutliner : DocumentPass
{
    /// <summary>The page already has three levels above a section's text (udvalg, punkt, section).</summary>
    private const int HeadingShift = 1;

    public override void Process(MarkdownDocument document, string markdown, MarkdownContext context)
    {
        var sections = context.WholeSection is { } whole
            ? [Whole(document, context, whole)]
            : Split(document, context);
        document.SetData(typeof(SectionOutliner), sections);
    }

    /// <summary>The sections the outliner found in a document it parsed.</summary>
    public static ImmutableArray<SectionRange> Of(MarkdownDocument document) =>
        document.GetData(typeof(SectionOutliner)) is ImmutableArray<SectionRange> sections ? sections : [];

    private static SectionRange Whole(MarkdownDocument document, MarkdownContext context, string heading)
    {
        var id = heading.Length == 0 ? context.IdPrefix : $"{context.IdPrefix}-{Slugs.From(heading, maxWords: 4)}";
        NameHeadings(document, 0, document.Count, id);
        return new SectionRange(heading, id, context.FirstLine, 0, document.Count);
    }

    private static ImmutableArray<SectionRange> Split(MarkdownDocument document, MarkdownContext context)
    {
        var starts = new List<int>();
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is HeadingBlock { Level: 2 })
            {
                starts.Add(i);
            }
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        var sections = ImmutableArray.CreateBuilder<SectionRange>(starts.Count + 1);
        var preambleEnd = starts.Count > 0 ? starts[0] : document.Count;
        if (HasContent(document, 0, preambleEnd))
        {
            var id = Unique($"{context.IdPrefix}-tekst", used);
            NameHeadings(document, 0, preambleEnd, id);
            sections.Add(new SectionRange("", id, context.FirstLine + document[0].Line, 0, preambleEnd));
        }
        for (var s = 0; s < starts.Count; s++)
        {
            var heading = (HeadingBlock)document[starts[s]];
            var text = Markdown.HeadingText(heading);
            var end = s + 1 < starts.Count ? starts[s + 1] : document.Count;
            var id = Unique(text.Length == 0 ? $"{context.IdPrefix}-tekst" : $"{context.IdPrefix}-{Slugs.From(text, maxWords: 4)}", used);
            NameHeadings(document, starts[s] + 1, end, id);
            sections.Add(new SectionRange(text, id, context.FirstLine + heading.Line, starts[s] + 1, end));
        }
        return sections.ToImmutable();
    }

    /// <summary>Link reference definitions alone make no text: they are found wherever they stand.</summary>
    private static bool HasContent(MarkdownDocument document, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (document[i] is not (LinkReferenceDefinitionGroup or LinkReferenceDefinition))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Every heading inside a section gets an id under the section's, unique on the page, and its level under the section's heading.</summary>
    private static void NameHeadings(MarkdownDocument document, int first, int end, string sectionId)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = first; i < end; i++)
        {
            IEnumerable<HeadingBlock> headings = document[i] is HeadingBlock own ? [own] : document[i].Descendants<HeadingBlock>();
            foreach (var heading in headings)
            {
                heading.GetAttributes().Id = Unique($"{sectionId}-{Slugs.From(Markdown.HeadingText(heading), maxWords: 6)}", used);
                heading.Level = Math.Min(6, heading.Level + HeadingShift);
            }
        }
    }

    private static string Unique(string id, HashSet<string> used)
    {
        var unique = id;
        for (var n = 2; !used.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }
        return unique;
    }
}
