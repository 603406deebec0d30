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
    public string KindLabel => Kind == MeetingKind.Referat ? "Referat" : "Dagsorden";

    public string Title => $"{KindLabel} {Committee.Name} {DanishText.MediumDate(Date)}";

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

    public string Heading => $"Punkt {Number}: {Title}";

    public SectionView? Decision => Sections.FirstOrDefault(s => s.IsDecision);

    /// <summary>The case this punkt belongs to, with every treatment of it; set once all meetings are known.</summary>
    public Linking.CaseHistory? Case { get; init; }

    public IEnumerable<Linking.Treatment> EarlierTreatments => Case is null ? [] : Case.Treatments.TakeWhile(t => t.Url != Url);

    public IEnumerable<Linking.Treatment> LaterTreatments => Case is null ? [] : Case.Treatments.SkipWhile(t => t.Url != Url).Skip(1);
}

public sealed record SectionView(string Heading, string Id, string Html, string Text, bool IsDecision);

public sealed record AttachmentView(string Title, string? Url);

/// <summary>The Kommunikation grid: the columns of the meeting and which of them are marked for this punkt.</summary>
public sealed record GridView(ImmutableArray<GridColumn> Columns);

public sealed record GridColumn(string Code, string Name, bool Marked);
