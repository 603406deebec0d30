using Markdig.Syntax;
using Referater.Site.Content;
using Markdown = Referater.Site.Content.Markdown;

namespace Referater.Site.Tests.Support;

/// <summary>A section of a punkt's body as the editor wrote it: its heading and its Markdown.</summary>
public sealed record SectionText(string Heading, string Markdown)
{
    public bool IsDecision => SectionNames.IsDecision(Heading);
}

/// <summary>
/// What a punkt's file says under each heading, read the way the build reads it (one parse, sections as ranges of the
/// document), for tests that compare an imported or loaded punkt with what its text should be.
/// </summary>
public static class ItemSections
{
    extension(AgendaItem item)
    {
        public IReadOnlyList<SectionText> Sections => Read(item);

        public SectionText? Decision => Read(item).FirstOrDefault(s => s.IsDecision);
    }

    extension(Meeting meeting)
    {
        public string IntroMarkdown => meeting.Intro?.Markdown ?? "";
    }

    private static List<SectionText> Read(AgendaItem item)
    {
        var source = new SourceText(item.SourceFile, item.SourceFile, SourceText.NormaliseLineEndings(File.ReadAllText(item.SourceFile)));
        var (body, line) = FrontMatter.BodyOf(source) ?? ("", 1);
        var document = Markdown.Parse(body, new MarkdownContext(source, line) { Published = false, IdPrefix = item.Anchor });
        return SectionOutliner.Of(document).Select(section => new SectionText(section.Heading, Slice(body, document, section))).ToList();
    }

    /// <summary>The section's text from its first block to its last, as written.</summary>
    private static string Slice(string body, MarkdownDocument document, SectionRange section)
    {
        var blocks = Enumerable.Range(section.FirstBlock, section.EndBlock - section.FirstBlock)
            .Select(i => document[i])
            .Where(b => b is not (LinkReferenceDefinitionGroup or LinkReferenceDefinition))
            .ToList();
        return blocks.Count == 0 ? "" : body[blocks[0].Span.Start..(blocks[^1].Span.End + 1)].TrimEnd('\n');
    }
}
