using System.Collections.Immutable;
using Referater.Site.Content;
using Referater.Site.Linking;
using Referater.Site.Pipeline;

namespace Referater.Site.Rendering.Corrections;

/// <summary>
/// What the history of the site may publish: when each meeting and punkt was published and last changed, and every
/// change to a published meeting as a diff of its public views. Made by <see cref="PublicHistory"/>; nothing in it
/// comes from the content model except through <see cref="PublicViews"/>.
/// </summary>
public sealed class SiteHistory
{
    private readonly ImmutableDictionary<string, MeetingHistory> _meetings;

    public SiteHistory(bool fromGit, ImmutableDictionary<string, MeetingHistory> meetings, DateTimeOffset? configCreated, DateTimeOffset? configModified)
    {
        FromGit = fromGit;
        _meetings = meetings;
        ConfigCreated = configCreated;
        ConfigModified = configModified;
        Corrections = meetings.Values
            .SelectMany(m => m.Corrections)
            .OrderByDescending(c => c.Time)
            .ThenBy(c => c.MeetingUrl, StringComparer.Ordinal)
            .ToImmutableArray();
        LastChanged = Latest(meetings.Values) is { } latest && !(configModified > latest) ? latest : configModified;
    }

    /// <summary>No history: the input is not a Git checkout (or a shallow one); dates fall back to the meetings'.</summary>
    public static SiteHistory None { get; } = new(false, ImmutableDictionary<string, MeetingHistory>.Empty, null, null);

    [Fingerprinted]
    public bool FromGit { get; }

    /// <summary>When site.yml (the municipality, its committees) was first committed and last changed.</summary>
    [Fingerprinted]
    public DateTimeOffset? ConfigCreated { get; }

    [Fingerprinted]
    public DateTimeOffset? ConfigModified { get; }

    /// <summary>Every correction of every meeting, newest first.</summary>
    [Fingerprinted]
    public ImmutableArray<Correction> Corrections { get; }

    /// <summary>When anything published last changed.</summary>
    public DateTimeOffset? LastChanged { get; }

    /// <summary>Each published meeting's history, by its address: what the pages' freshness is read from.</summary>
    [Fingerprinted]
    public ImmutableSortedDictionary<string, MeetingHistory> Meetings => _meetings.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public MeetingHistory? Of(string meetingUrl) => _meetings.GetValueOrDefault(meetingUrl);

    /// <summary>
    /// What a page's footer says of its freshness: a meeting page its meeting's last change, a committee page its
    /// meetings', a case page its treatments', any other page the site's. Null without history (the build's clock
    /// is never asked: two builds of the same commit give the same bytes).
    /// </summary>
    /// <param name="caseAt">The case whose page is at an address, if any.</param>
    public PageHistory? ForPage(string urlPath, SiteConfig config, Func<string, CaseHistory?> caseAt)
    {
        if (!FromGit)
        {
            return null;
        }
        var everywhere = Corrections.IsEmpty ? null : CorrectionsUrl;
        if (Of(urlPath) is { } meeting)
        {
            return new PageHistory(meeting.Modified, meeting.Corrections.IsEmpty ? everywhere : MeetingCorrectionsAnchor, meeting);
        }
        var latest = config.FindCommittee(urlPath.Trim('/')) is { } committee && committee.Url == urlPath
            ? Latest(_meetings.Values.Where(m => m.Url.StartsWith(committee.Url, StringComparison.Ordinal)))
            : caseAt(urlPath) is { } history
                ? Latest(history.Treatments.Select(t => Of(t.MeetingUrl)).OfType<MeetingHistory>())
                : LastChanged;
        return latest is { } date ? new PageHistory(date, everywhere, null) : null;
    }

    private static DateTimeOffset? Latest(IEnumerable<MeetingHistory> meetings) =>
        meetings.Select(m => (DateTimeOffset?)m.Modified).DefaultIfEmpty(null).Max();

    /// <summary>An instant from Git as Danish readers read it: in Danish time.</summary>
    public static DateTimeOffset InDenmark(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, MeetingTime.Zone);

    /// <summary>The instant in UTC for a <c>datetime</c> attribute (<c>2026-02-20T09:12:00Z</c>): no '+' for the HTML encoder to spell out.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH':'mm':'ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"20. februar 2026 kl. 10:12".</summary>
    public static string DanishTime(DateTimeOffset instant)
    {
        var local = InDenmark(instant);
        return $"{DanishText.MediumDate(DateOnly.FromDateTime(local.DateTime))} kl. {local.ToString("HH':'mm", DanishText.Culture)}";
    }

    /// <summary>Where the site lists every correction.</summary>
    public const string CorrectionsUrl = "/rettelser/";

    public const string CorrectionsFeedUrl = "/rettelser.xml";

    /// <summary>The id of the section of a meeting page that lists its corrections.</summary>
    public const string MeetingCorrectionsId = "aendringer";

    public const string MeetingCorrectionsAnchor = "#" + MeetingCorrectionsId;
}

/// <summary>What a page's footer needs: when its content last changed, and where its corrections are (null when there are none).</summary>
/// <param name="Meeting">The meeting's history, on a meeting's page.</param>
public sealed record PageHistory(DateTimeOffset LastChanged, string? CorrectionsUrl, MeetingHistory? Meeting);

/// <summary>One meeting's record: its publications, its corrections (newest first), and when each punkt was published and changed.</summary>
public sealed record MeetingHistory(
    string Url,
    DateTimeOffset Published,
    DateTimeOffset Modified,
    ImmutableArray<Publication> Publications,
    ImmutableArray<Correction> Corrections,
    ImmutableDictionary<int, ObjectDates> Items);

/// <summary>When an object was first published and last changed.</summary>
public sealed record ObjectDates(DateTimeOffset Created, DateTimeOffset Modified);

/// <summary>The meeting's agenda or minutes came out: the course of a meeting, not a correction.</summary>
public sealed record Publication(MeetingKind Kind, DateTimeOffset Time)
{
    public string Text => Kind == MeetingKind.Referat ? "Referatet" : "Dagsordenen";
}

/// <summary>
/// A commit that changed a published meeting's public view. <see cref="Subject"/> is the first line of its message,
/// or null when it could not be published.
/// </summary>
/// <param name="TextHidden">The editor asked that the changed words not be shown (<c>Ændringer: skjult</c>): only what changed is named.</param>
public sealed record Correction(string Id, string MeetingUrl, string MeetingTitle, DateTimeOffset Time, string? Subject, bool TextHidden, ImmutableArray<ChangedPart> Parts)
{
    /// <summary>The correction's own anchor on the meeting page.</summary>
    public string Anchor => $"aendring-{Id}";

    public string Url => $"{MeetingUrl}#{Anchor}";

    public const string WithheldSubject = "(Beskeden til ændringen offentliggøres ikke.)";
}

/// <summary>One changed part of a meeting: a fact, a section of a punkt, a punkt added, removed or closed.</summary>
/// <param name="Heading">What it belongs to: "Mødet" or "Punkt 12: Orientering om …".</param>
/// <param name="Url">Where it is on the page (a punkt's anchor), when it is still there.</param>
/// <param name="Field">Which part of it: "Titel", "Beslutning", "Bilag", …; null for the punkt as a whole.</param>
/// <param name="Note">What happened, when words do not say it (a punkt closed, removed, added; a file replaced).</param>
/// <param name="Diff">The words removed and added, with some unchanged words around them.</param>
public sealed record ChangedPart(string Heading, string? Url, string? Field, string? Note, ImmutableArray<DiffSpan> Diff);

public enum DiffKind
{
    Same,
    Deleted,
    Inserted,

    /// <summary>Unchanged words left out.</summary>
    Gap,
}

public sealed record DiffSpan(DiffKind Kind, string Text);
