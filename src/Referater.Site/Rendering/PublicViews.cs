using System.Collections.Immutable;
using Referater.Site.Content;
using Referater.Site.Linking;

namespace Referater.Site.Rendering;

/// <summary>
/// Projects the content model onto what may be published. A closed punkt (lukket punkt) yields its number,
/// its title and the decision as far as it may be made public; nothing else of it is copied, so no page,
/// feed or data file built from the views can leak it.
/// </summary>
public static class PublicViews
{
    public const string ClosedDecisionHeading = "Beslutning";

    /// <summary>
    /// The whole site as it may be published; the only way from the content model to the outputs.
    /// </summary>
    /// <param name="site">The loaded content.</param>
    /// <param name="view">Makes one meeting's view (with its references linked); preview hands back views it already made.</param>
    public static PublishedSite Of(Content.Site site, Func<Meeting, MeetingView> view)
    {
        var views = new MeetingView[site.Meetings.Length];
        Parallel.For(0, site.Meetings.Length, i => views[i] = view(site.Meetings[i]));
        return new PublishedSite(site.Config, [.. views], Files(site));
    }

    /// <summary>Attachment files of public punkter; a closed punkt's files are never published.</summary>
    private static ImmutableArray<PublishedFile> Files(Content.Site site) =>
        site.Meetings
            .SelectMany(meeting => meeting.Items
                .Where(item => !item.IsClosed)
                .SelectMany(item => item.Attachments)
                .Where(attachment => attachment.File is not null)
                .Select(attachment => new PublishedFile(
                    meeting.Url.TrimStart('/') + attachment.File,
                    Path.Combine(meeting.SourceDirectory, attachment.File!))))
            .DistinctBy(file => file.Path, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <param name="linker">Turns references in the text into links; without it the text is rendered as written.</param>
    public static MeetingView Of(Meeting meeting, SiteConfig config, ReferenceLinker? linker = null)
    {
        var items = meeting.Items.Select(item => Of(item, meeting, config, linker)).ToImmutableArray();
        var intro = meeting.IntroMarkdown.Length == 0 ? "" : MarkdownHtml.Render(meeting.IntroMarkdown, "indledning", 1);
        return new MeetingView(meeting.Committee, meeting.Date, meeting.Time, meeting.Place, meeting.Kind, meeting.Absentees, intro, items, meeting.Url)
        {
            EndTime = meeting.EndTime,
            Address = meeting.Place is { } place && config.PlaceAddresses.TryGetValue(place, out var address) ? address : null,
        };
    }

    public static AgendaItemView Of(AgendaItem item, Meeting meeting, SiteConfig config, ReferenceLinker? linker = null)
    {
        var url = $"{meeting.Url}#{item.Anchor}";
        if (item.IsClosed)
        {
            // The public decision is front matter: its references are linked, and reported at the punkt's first line.
            var sections = item.PublicDecision is { } decision
                ? ImmutableArray.Create(Section(ClosedDecisionHeading, decision, item.Anchor, Enricher(linker, meeting, item, 1)))
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
            Sections(item, meeting, linker),
            item.Attachments.Select(a => Attachment(a, meeting)).ToImmutableArray(),
            url);
    }

    /// <summary>A published file is described by its kind and size, so that a reader knows what a click will download.</summary>
    private static AttachmentView Attachment(Attachment attachment, Meeting meeting)
    {
        if (attachment.File is not { } file)
        {
            return new AttachmentView(attachment.Title, null);
        }
        var source = new FileInfo(Path.Combine(meeting.SourceDirectory, file));
        return new AttachmentView(attachment.Title, meeting.Url + Uri.EscapeDataString(file))
        {
            FileType = AttachmentFacts.Kind(file),
            Bytes = source.Exists ? source.Length : null,
        };
    }

    private static ImmutableArray<SectionView> Sections(AgendaItem item, Meeting meeting, ReferenceLinker? linker)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return item.Sections.Select(s => Section(s.Heading, s.Markdown, item.Anchor, Enricher(linker, meeting, item, s.MarkdownLine), used)).ToImmutableArray();
    }

    private static Action<Markdig.Syntax.MarkdownDocument>? Enricher(ReferenceLinker? linker, Meeting meeting, AgendaItem item, int firstLine) =>
        linker is null
            ? null
            : document => linker.Link(document, new ReferenceOrigin(meeting.Committee, meeting.Date, ContentLoader.DisplayPath(item.SourceFile), firstLine));

    private static SectionView Section(string heading, string markdown, string anchor, Action<Markdig.Syntax.MarkdownDocument>? enrich, HashSet<string>? used = null)
    {
        var baseId = heading.Length == 0 ? $"{anchor}-tekst" : $"{anchor}-{Slugs.From(heading, maxWords: 4)}";
        var id = baseId;
        for (var n = 2; used is not null && !used.Add(id); n++)
        {
            id = $"{baseId}-{n}";
        }
        // One parse serves both the HTML and the plain text.
        var document = Content.Markdown.Parse(markdown);
        var html = MarkdownHtml.Render(document, id, headingShift: 1, enrich);
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
