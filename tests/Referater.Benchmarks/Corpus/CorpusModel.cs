namespace Referater.Benchmarks.Corpus;

/// <summary>A synthetic municipality: its committees and every meeting, in the order they took place.</summary>
public sealed record Corpus(string Municipality, string BaseUrl, IReadOnlyList<CorpusCommittee> Committees, IReadOnlyList<CorpusMeeting> Meetings)
{
    public IEnumerable<CorpusItem> Items => Meetings.SelectMany(m => m.Items);
}

/// <param name="KleGroups">The KLE main groups this committee's cases are filed under.</param>
public sealed record CorpusCommittee(string Slug, string Name, string Code, string[] KleGroups, string Director);

public sealed record CorpusMeeting(
    CorpusCommittee Committee,
    DateOnly Date,
    bool IsAgenda,
    IReadOnlyList<string> Absentees,
    IReadOnlyList<string> Columns,
    IReadOnlyList<CorpusItem> Items)
{
    public string Folder => $"{Committee.Slug}/{Date:yyyy-MM-dd}";
}

/// <param name="Marked">The grid columns marked for this punkt, or null where the source did not say.</param>
public sealed record CorpusItem(
    int Number,
    string Title,
    string CaseNumber,
    IReadOnlyList<string>? Marked,
    string Caseworker,
    IReadOnlyList<string> OtherCaseworkers,
    bool IsClosed,
    string? PublicDecision,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<CorpusSection> Sections);

/// <summary>A level-2 part of a punkt's body; its Markdown uses <c>###</c> for sub-headings.</summary>
public sealed record CorpusSection(string Heading, string Markdown);
