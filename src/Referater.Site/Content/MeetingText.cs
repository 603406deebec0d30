using System.Collections.Immutable;
using Markdig.Syntax;
using Referater.Site.Linking;
using Referater.Site.Validation;

namespace Referater.Site.Content;

/// <summary>
/// What of a punkt's text is published, parsed once through the site's pipeline: the body of an open punkt, the public
/// decision of a closed one. Its sections are ranges of this one document.
/// </summary>
public sealed record ItemText(AgendaItem Item, MarkdownDocument? Document)
{
    public ImmutableArray<SectionRange> Sections => Document is null ? [] : SectionOutliner.Of(Document);
}

/// <summary>A meeting with its texts read and parsed: what its page and data file are made from, and then let go.</summary>
public sealed record MeetingText(Meeting Meeting, MarkdownDocument? Intro, ImmutableArray<ItemText> Items)
{
    /// <summary>Every reference the meeting's texts made, with where it led: the other meetings its pages depend on.</summary>
    public ImmutableArray<ReferenceDependency> References =>
        [.. Items.Select(i => i.Document).Append(Intro).OfType<MarkdownDocument>().SelectMany(document => ReferenceLinks.Of(document))];

    /// <summary>The links within the site that the meeting's texts carry, where they were written.</summary>
    public ImmutableArray<Rendering.LinkSource> LinkSources =>
        [.. Items.Select(i => i.Document).Append(Intro).OfType<MarkdownDocument>().SelectMany(document => Rendering.LinkPolicy.SourcesOf(document))];

    /// <summary>
    /// Reads and parses a meeting's texts, checking each as it will be published: one parse of each text serves its
    /// checks, its reference links, its sections and, later, its HTML and plain text.
    /// </summary>
    /// <param name="linker">The meetings references may link to; null leaves them as text (the site is not complete).</param>
    public static MeetingText Load(Meeting meeting, ReferenceLinker? linker, DiagnosticBag diagnostics)
    {
        var scope = linker is null ? null : new ReferenceScope(linker, meeting.Committee, meeting.Date);
        var intro = meeting.Intro is { } introText
            ? Markdown.ParseChecked(introText.Markdown, Context(Path.Combine(meeting.SourceDirectory, ContentLoader.MeetingFile), introText.Line, diagnostics, scope)
                with { IdPrefix = "indledning", WholeSection = "" })
            : null;
        var items = meeting.Items.Select(item => LoadItem(item, meeting, scope, diagnostics)).ToImmutableArray();
        return new MeetingText(meeting, intro, items);
    }

    private static ItemText LoadItem(AgendaItem item, Meeting meeting, ReferenceScope? scope, DiagnosticBag diagnostics)
    {
        var source = SourceText.Read(item.SourceFile, ContentLoader.DisplayPath(item.SourceFile), diagnostics);
        if (source is null || FrontMatter.BodyOf(source) is not var (body, bodyLine))
        {
            return new ItemText(item, null);
        }
        var context = new MarkdownContext(source, bodyLine) { Diagnostics = diagnostics, IdPrefix = item.Anchor, References = scope };
        if (item.IsClosed)
        {
            // The body is read for its structure only: nothing of it is published, so nothing of it is linked or kept.
            Markdown.ParseChecked(body, context with { Published = false });
            return new ItemText(item, item.PublicDecision is { } decision
                ? Markdown.ParseChecked(decision.Markdown, context with { FirstLine = decision.Line, WholeSection = SectionNames.Decision })
                : null);
        }
        var document = Markdown.ParseChecked(body, context);
        if (document is not null)
        {
            var sections = SectionOutliner.Of(document);
            if (meeting.Kind == MeetingKind.Referat && sections.Length > 0 && !sections.Any(s => s.IsDecision))
            {
                diagnostics.Warning(source.DisplayPath, 1, 1, "RS0051",
                    $"punkt {item.Number} har intet afsnit '## Beslutning', men mødet er et referat. Tilføj '## Beslutning' med udvalgets beslutning, eller skift mødets 'type' til dagsorden, hvis mødet ikke er holdt endnu.");
            }
        }
        return new ItemText(item, document);
    }

    private static MarkdownContext Context(string file, int line, DiagnosticBag diagnostics, ReferenceScope? scope) =>
        new(new SourceText(file, ContentLoader.DisplayPath(file), ""), line) { Diagnostics = diagnostics, References = scope };
}
