using System.Collections.Immutable;
using Referater.Site.Content;

namespace Referater.Site.Rendering;

/// <summary>
/// What a page may show of a meeting. Built from the content model by <see cref="PublicViews"/>, which is the
/// only place that decides what of a closed punkt is public: renderers never see the rest.
/// </summary>
public sealed record MeetingView(
    Committee Committee,
    DateOnly Date,
    TimeOnly? Time,
    string? Place,
    MeetingKind Kind,
    ImmutableArray<string> Absentees,
    string IntroHtml,
    ImmutableArray<AgendaItemView> Items,
    string Url)
{
    public string KindLabel => LabelOf(Kind);

    public string Title => TitleOf(Kind, Committee, Date);

    public static string LabelOf(MeetingKind kind) => kind == MeetingKind.Referat ? "Referat" : "Dagsorden";

    /// <summary>"Referat Byrådet 1. september 2026": a meeting as pages and data name it.</summary>
    public static string TitleOf(MeetingKind kind, Committee committee, DateOnly date) => $"{LabelOf(kind)} {committee.Name} {DanishText.MediumDate(date)}";

    /// <summary>
    /// What pages other than the meeting's own show of it: every punkt with its decision, without the rest of its text.
    /// A build keeps this of every meeting and lets the rest go once the meeting's own page and data are written.
    /// </summary>
    public MeetingView Summary() =>
        this with
        {
            IntroHtml = "",
            Items = Items.Select(item => item with { Sections = item.Decision is { } decision ? [decision] : [] }).ToImmutableArray(),
        };

    /// <summary>When the meeting ends, as its front matter says (<c>sluttid</c>).</summary>
    public TimeOnly? EndTime { get; init; }

    /// <summary>The address of <see cref="Place"/>, when site.yml gives one (<c>steder</c>).</summary>
    public string? Address { get; init; }

    /// <summary>"C3.40, Rådhuset, Torvet 5, 7400 Herning": the place with its address, for calendars and the page.</summary>
    public string? PlaceWithAddress => Address is null ? Place : $"{Place}, {Address}";
}

/// <summary>
/// What a list of meetings shows of one (the front page, a committee's page): the pages are known unchanged by comparing
/// 1,100 of these, not every punkt and case of every meeting.
/// </summary>
public sealed record MeetingCard(Committee Committee, DateOnly Date, TimeOnly? Time, MeetingKind Kind, int Items, string Url)
{
    public string KindLabel => MeetingView.LabelOf(Kind);

    public static MeetingCard Of(MeetingView meeting) => new(meeting.Committee, meeting.Date, meeting.Time, meeting.Kind, meeting.Items.Length, meeting.Url);
}

public sealed record AgendaItemView(
    int Number,
    string Title,
    bool IsClosed,
    CaseNumber? CaseNumber,
    string? Caseworker,
    ImmutableArray<string> OtherCaseworkers,
    GridView? Grid,
    ImmutableArray<SectionView> Sections,
    ImmutableArray<AttachmentView> Attachments,
    string Url)
{
    public string Anchor => $"punkt-{Number}";

    public string Heading => HeadingOf(Number, Title);

    public static string HeadingOf(int number, string title) => $"Punkt {number}: {title}";

    public SectionView? Decision => Sections.FirstOrDefault(s => s.IsDecision);

    /// <summary>The decision, or its first lines when it is long: enough to see what was decided in a list of punkter.</summary>
    public string? DecisionSummary => Excerpt(Decision?.Text).Text;

    /// <summary>Whether <see cref="DecisionSummary"/> leaves part of the decision out.</summary>
    public bool DecisionIsShortened => Excerpt(Decision?.Text).Shortened;

    private static (string? Text, bool Shortened) Excerpt(string? text)
    {
        const int maxLines = 3;
        const int maxLength = 300;
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, false);
        }
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var excerpt = string.Join(" ", lines.Take(maxLines));
        var cut = lines.Length > maxLines;
        if (excerpt.Length > maxLength)
        {
            var space = excerpt.LastIndexOf(' ', maxLength);
            excerpt = excerpt[..(space > 0 ? space : maxLength)];
            cut = true;
        }
        return (cut ? excerpt.TrimEnd(' ', ',', '.', ';', ':') + " …" : excerpt, cut);
    }

    /// <summary>The case this punkt belongs to, with every treatment of it; set once all meetings are known.</summary>
    public Linking.CaseHistory? Case { get; init; }

    public IEnumerable<Linking.Treatment> EarlierTreatments => Case is null ? [] : Case.Treatments.TakeWhile(t => t.Url != Url);

    public IEnumerable<Linking.Treatment> LaterTreatments => Case is null ? [] : Case.Treatments.SkipWhile(t => t.Url != Url).Skip(1);
}

/// <summary>Another meeting of the same committee, as a link: where it is and how it reads ("dagsorden 17. marts 2026").</summary>
public sealed record MeetingLink(string Url, DateOnly Date, MeetingKind Kind)
{
    public static MeetingLink Of(MeetingView meeting) => new(meeting.Url, meeting.Date, meeting.Kind);

    public string Label => $"{DanishText.MediumDate(Date)} ({(Kind == MeetingKind.Referat ? "referat" : "dagsorden")})";
}

public sealed record SectionView(string Heading, string Id, string Html, string Text, bool IsDecision);

public sealed record AttachmentView(string Title, string? Url)
{
    /// <summary>"PDF", "Word", …: what kind of file the link downloads.</summary>
    public string? FileType { get; init; }

    /// <summary>The file's size in bytes.</summary>
    public long? Bytes { get; init; }

    /// <summary>"PDF, 1,2 MB".</summary>
    public string? FileFacts => Url is null ? null : string.Join(", ", new[] { FileType, Bytes is { } bytes ? AttachmentFacts.Size(bytes) : null }.OfType<string>());

    /// <summary>The title as readers see it: a title written as a file name ("aftale-om-reform") reads as words.</summary>
    public string DisplayTitle => AttachmentFacts.Readable(Title);
}

/// <summary>The Kommunikation grid: the columns of the meeting and which of them are marked for this punkt.</summary>
public sealed record GridView(ImmutableArray<GridColumn> Columns);

public sealed record GridColumn(string Code, string Name, bool Marked)
{
    /// <summary>Whether site.yml names the code (<c>koder</c>); an unnamed code is shown as the code and explained nowhere.</summary>
    public bool IsNamed => Name != Code;
}
