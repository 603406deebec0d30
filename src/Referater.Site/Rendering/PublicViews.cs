using System.Collections.Concurrent;
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
    /// <summary>
    /// A meeting as its metadata describe it, before its texts are read: what the directory of meetings, the case index
    /// and the pages that list meetings need. Its punkter have no sections yet.
    /// </summary>
    public static MeetingView Outline(Meeting meeting, SiteConfig config) =>
        View(meeting, config, "", meeting.Items.Select(item => Item(item, meeting, config, [])));

    /// <summary>A meeting with its texts: every section of every public punkt as HTML and as text.</summary>
    public static MeetingView Of(MeetingText text, SiteConfig config)
    {
        var meeting = text.Meeting;
        var intro = text.Intro is { } document && SectionOutliner.Of(document) is [var whole] ? MarkdownHtml.Render(document, whole) : "";
        return View(meeting, config, intro, text.Items.Select(item => Item(item.Item, meeting, config, Sections(item))));
    }

    private static MeetingView View(Meeting meeting, SiteConfig config, string intro, IEnumerable<AgendaItemView> items) =>
        new(meeting.Committee, meeting.Date, meeting.Time, meeting.Place, meeting.Kind, meeting.Absentees, intro, [.. items], meeting.Url)
        {
            EndTime = meeting.EndTime,
            Address = meeting.Place is { } place && config.PlaceAddresses.TryGetValue(place, out var address) ? address : null,
        };

    /// <summary>Attachment files of public punkter; a closed punkt's files are never published.</summary>
    public static ImmutableArray<PublishedFile> Files(Content.Site site) =>
        site.Meetings
            .SelectMany(meeting => meeting.Items
                .Where(item => !item.IsClosed)
                .SelectMany(item => item.Attachments.Select(attachment => (Item: item, Attachment: attachment)))
                .Where(listed => listed.Attachment.File is not null)
                .Select(listed => new PublishedFile(
                    meeting.Url.TrimStart('/') + listed.Attachment.File,
                    Path.Combine(meeting.SourceDirectory, listed.Attachment.File!),
                    new Pipeline.SourceLocation(ContentLoader.DisplayPath(listed.Item.SourceFile), listed.Attachment.Line, 1))))
            .DistinctBy(file => file.Path, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>The sections of what is published of a punkt's text: a closed punkt's text is its public decision alone.</summary>
    private static ImmutableArray<SectionView> Sections(ItemText text) =>
        text.Document is not { } document
            ? []
            : text.Sections.Select(section => new SectionView(
                section.Heading,
                section.Id,
                MarkdownHtml.Render(document, section),
                MarkdownHtml.PlainText(document, section),
                section.IsDecision)).ToImmutableArray();

    private static AgendaItemView Item(AgendaItem item, Meeting meeting, SiteConfig config, ImmutableArray<SectionView> sections)
    {
        var url = $"{meeting.Url}#{item.Anchor}";
        if (item.IsClosed)
        {
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
            sections,
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

    /// <summary>The grid is shown only when it is known which columns are marked: an unknown grid is left out, not guessed.</summary>
    private static GridView? Grid(AgendaItem item, SiteConfig config) =>
        item.MarkedColumns is { } marked && !item.GridColumns.IsEmpty
            ? new GridView(item.GridColumns.Select(code => Column(code, config.NameOfCode(code), marked.Contains(code))).ToImmutableArray())
            : null;

    /// <summary>A committee has a dozen columns, and every punkt shows them: each column, marked or not, is made once, not once a punkt (800,000 at 5,500 meetings).</summary>
    private static GridColumn Column(string code, string name, bool marked) =>
        Columns.GetOrAdd((code, name, marked), key => new GridColumn(key.Code, key.Name, key.Marked));

    private static readonly ConcurrentDictionary<(string Code, string Name, bool Marked), GridColumn> Columns = new();
}
