using System.Collections.Immutable;
using Referater.Site.Content;

namespace Referater.Site.Rendering;

/// <summary>
/// Projects the content model onto what may be published. A closed punkt (lukket punkt) yields its number,
/// its title and the decision as far as it may be made public; nothing else of it is copied, so no page,
/// feed or data file built from the views can leak it.
/// </summary>
public static class PublicViews
{
    public const string ClosedDecisionHeading = "Beslutning";

    public static MeetingView Of(Meeting meeting, SiteConfig config)
    {
        var items = meeting.Items.Select(item => Of(item, meeting, config)).ToImmutableArray();
        var intro = meeting.IntroMarkdown.Length == 0 ? "" : MarkdownHtml.Render(meeting.IntroMarkdown, "indledning", 1);
        return new MeetingView(meeting.Committee, meeting.Date, meeting.Time, meeting.Place, meeting.Kind, meeting.Absentees, intro, items, meeting.Url);
    }

    public static AgendaItemView Of(AgendaItem item, Meeting meeting, SiteConfig config)
    {
        var url = $"{meeting.Url}#{item.Anchor}";
        if (item.IsClosed)
        {
            var sections = item.PublicDecision is { } decision
                ? ImmutableArray.Create(Section(ClosedDecisionHeading, decision, item.Anchor))
                : [];
            return new AgendaItemView(item.Number, item.Title, IsClosed: true, CaseNumber: null, Caseworker: null, OtherCaseworkers: [], Grid: null, sections, Attachments: [], url);
        }
        return new AgendaItemView(
            item.Number,
            item.Title,
            IsClosed: false,
            item.CaseNumber,
            item.Caseworker,
            item.OtherCaseworkers,
            Grid(item, config),
            Sections(item),
            item.Attachments.Select(a => new AttachmentView(a.Title, a.File is null ? null : meeting.Url + Uri.EscapeDataString(a.File))).ToImmutableArray(),
            url);
    }

    private static ImmutableArray<SectionView> Sections(AgendaItem item)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return item.Sections.Select(s => Section(s.Heading, s.Markdown, item.Anchor, used)).ToImmutableArray();
    }

    private static SectionView Section(string heading, string markdown, string anchor, HashSet<string>? used = null)
    {
        var baseId = heading.Length == 0 ? $"{anchor}-tekst" : $"{anchor}-{Slugs.From(heading, maxWords: 4)}";
        var id = baseId;
        for (var n = 2; used is not null && !used.Add(id); n++)
        {
            id = $"{baseId}-{n}";
        }
        // One parse serves both the HTML and the plain text.
        var document = Content.Markdown.Parse(markdown);
        var html = MarkdownHtml.Render(document, id, headingShift: 1);
        return new SectionView(
            heading,
            id,
            html,
            MarkdownHtml.PlainText(document),
            heading.StartsWith("Beslutning", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The grid is shown only when it is known which columns are marked: an unknown grid is left out, not guessed.</summary>
    private static GridView? Grid(AgendaItem item, SiteConfig config) =>
        item.MarkedColumns is { } marked && !item.GridColumns.IsEmpty
            ? new GridView(item.GridColumns.Select(code => new GridColumn(code, config.NameOfCode(code), marked.Contains(code))).ToImmutableArray())
            : null;
}
