using System.Collections.Immutable;

namespace Referater.Site.Content;

/// <summary>Everything one build publishes: the configuration and every meeting, ordered by committee and date.</summary>
public sealed record Site(SiteConfig Config, ImmutableArray<Meeting> Meetings)
{
    public IEnumerable<AgendaItem> AgendaItems => Meetings.SelectMany(m => m.Items);
}

/// <summary>A committee (udvalg) as declared in site.yml.</summary>
public sealed record Committee(string Slug, string Name, string? Code)
{
    public string Url => $"/{Slug}/";
}

public enum MeetingKind
{
    /// <summary>Minutes of a meeting that has taken place: decisions are recorded.</summary>
    Referat,

    /// <summary>The agenda of a meeting still to come.</summary>
    Dagsorden,
}

/// <summary>
/// One meeting (møde) of one committee: a page bundle in <c>input/&lt;udvalg&gt;/&lt;dato&gt;/</c>. The model holds what the
/// files' metadata say; the punkter's bodies are read when the meeting is rendered (<see cref="MeetingText"/>), so that
/// a build keeps in memory what every page needs of every meeting, not the whole archive's text.
/// </summary>
/// <param name="Intro">The introduction written below the metadata of index.md, if any.</param>
public sealed record Meeting(
    Committee Committee,
    DateOnly Date,
    TimeOnly? Time,
    string? Place,
    MeetingKind Kind,
    ImmutableArray<string> Absentees,
    ImmutableArray<string> GridColumns,
    TextAt? Intro,
    ImmutableArray<AgendaItem> Items,
    string SourceDirectory)
{
    public string Url => $"/{Committee.Slug}/{Date:yyyy-MM-dd}/";

    public string Id => $"{Committee.Slug}/{Date:yyyy-MM-dd}";

    /// <summary>When the meeting ends (<c>sluttid</c>); only given together with <see cref="Time"/>, and after it.</summary>
    public TimeOnly? EndTime { get; init; }
}

/// <summary>One agenda item (punkt) of a meeting, as its file's metadata describe it; its body is in <see cref="SourceFile"/>.</summary>
/// <param name="PublicDecision">For a closed punkt: what may be published of its decision (Markdown), and the line it stands on.</param>
public sealed record AgendaItem(
    int Number,
    string Title,
    CaseNumber? CaseNumber,
    ImmutableArray<string> GridColumns,
    ImmutableArray<string>? MarkedColumns,
    string? Caseworker,
    ImmutableArray<string> OtherCaseworkers,
    bool IsClosed,
    TextAt? PublicDecision,
    ImmutableArray<Attachment> Attachments,
    string SourceFile)
{
    public string Anchor => $"punkt-{Number}";
}

/// <summary>Markdown an editor wrote, and the 1-based line of its file where it starts, so that findings in it point at their line.</summary>
public sealed record TextAt(string Markdown, int Line);

/// <summary>An attachment (bilag): always a title, and a file beside the punkt when one was published.</summary>
public sealed record Attachment(string Title, string? File)
{
    /// <summary>The line of the punkt's file where the attachment is listed.</summary>
    public int Line { get; init; }
}
