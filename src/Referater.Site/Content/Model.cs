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

/// <summary>One meeting (møde) of one committee: a page bundle in <c>input/&lt;udvalg&gt;/&lt;dato&gt;/</c>.</summary>
public sealed record Meeting(
    Committee Committee,
    DateOnly Date,
    TimeOnly? Time,
    string? Place,
    MeetingKind Kind,
    ImmutableArray<string> Absentees,
    ImmutableArray<string> GridColumns,
    string IntroMarkdown,
    ImmutableArray<AgendaItem> Items,
    string SourceDirectory)
{
    public string Url => $"/{Committee.Slug}/{Date:yyyy-MM-dd}/";

    public string Id => $"{Committee.Slug}/{Date:yyyy-MM-dd}";

    /// <summary>When the meeting ends (<c>sluttid</c>); only given together with <see cref="Time"/>, and after it.</summary>
    public TimeOnly? EndTime { get; init; }
}

/// <summary>One agenda item (punkt) of a meeting.</summary>
public sealed record AgendaItem(
    int Number,
    string Title,
    CaseNumber? CaseNumber,
    ImmutableArray<string> GridColumns,
    ImmutableArray<string>? MarkedColumns,
    string? Caseworker,
    ImmutableArray<string> OtherCaseworkers,
    bool IsClosed,
    string? PublicDecision,
    ImmutableArray<Attachment> Attachments,
    ImmutableArray<Section> Sections,
    string SourceFile)
{
    public string Anchor => $"punkt-{Number}";

    public Section? Decision => Sections.FirstOrDefault(s => s.IsDecision);
}

/// <summary>A level-2 part of a punkt's body (Resume, Sagsfremstilling, Indstilling, Beslutning, …), kept as Markdown.</summary>
public sealed record Section(string Heading, string Markdown, int Line)
{
    /// <summary>The 1-based line of the file on which <see cref="Markdown"/> starts, so that findings in the text point at their line.</summary>
    public int MarkdownLine { get; init; } = Line;

    public bool IsDecision => Heading.StartsWith("Beslutning", StringComparison.OrdinalIgnoreCase);
}

/// <summary>An attachment (bilag): always a title, and a file beside the punkt when one was published.</summary>
public sealed record Attachment(string Title, string? File);
