using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Referater.Site.Content;
using Referater.Site.Rendering;

namespace Referater.Site.Linking;

/// <summary>
/// Every case (sag) by its sagsnummer, with each treatment across meetings and committees in date order.
/// Built from the public views: a closed punkt carries no sagsnummer there, so it never joins a case and its
/// case number appears nowhere.
/// </summary>
public sealed class CaseIndex
{
    private readonly FrozenDictionary<string, CaseHistory> _byNumber;

    /// <summary>The annotated view made for each view, so that a later index can hand out the same instance when nothing changed.</summary>
    private readonly ConditionalWeakTable<MeetingView, MeetingView> _annotated = new();

    private CaseIndex(ImmutableArray<CaseHistory> cases)
    {
        Cases = cases;
        _byNumber = cases.ToFrozenDictionary(c => c.Number.Value, StringComparer.Ordinal);
    }

    public static CaseIndex Empty { get; } = new([]);

    /// <summary>Every case, ordered by sagsnummer.</summary>
    public ImmutableArray<CaseHistory> Cases { get; }

    /// <param name="meetings">The public views of every meeting.</param>
    /// <param name="previous">
    /// An earlier index of the same site (preview): a case whose treatments did not change keeps its instance,
    /// so the pages that show it are known to be unchanged and need not be rendered again.
    /// </param>
    public static CaseIndex Build(IEnumerable<MeetingView> meetings, CaseIndex? previous = null)
    {
        var byNumber = new Dictionary<string, List<Treatment>>(StringComparer.Ordinal);
        foreach (var meeting in meetings)
        {
            foreach (var item in meeting.Items)
            {
                if (item.CaseNumber is not { } number)
                {
                    continue;
                }
                if (!byNumber.TryGetValue(number.Value, out var list))
                {
                    byNumber[number.Value] = list = [];
                }
                list.Add(new Treatment(number, meeting.Committee, meeting.Date, item.Number, item.Title, item.Url, DecisionExcerpt(item)));
            }
        }
        var cases = byNumber.Values
            .Select(list => new CaseHistory(list[0].CaseNumber, list
                .OrderBy(t => t.Date)
                .ThenBy(t => t.Committee.Name, DanishText.Comparer)
                .ThenBy(t => t.Number)
                .ToImmutableArray()))
            .Select(history => previous?.Find(history.Number) is { } before && before.Treatments.SequenceEqual(history.Treatments) ? before : history)
            .OrderBy(c => c.Number)
            .ToImmutableArray();
        return new CaseIndex(cases);
    }

    public CaseHistory? Find(CaseNumber? number) =>
        number is not null && _byNumber.TryGetValue(number.Value, out var history) ? history : null;

    /// <summary>The views with each punkt given its case's timeline, shared by every punkt of the case rather than copied.</summary>
    public ImmutableArray<MeetingView> Annotate(IEnumerable<MeetingView> meetings, CaseIndex? previous = null) =>
        meetings.Select(meeting =>
        {
            var annotated = previous is not null
                && previous._annotated.TryGetValue(meeting, out var before)
                && before.Items.All(item => ReferenceEquals(item.Case, Find(item.CaseNumber)))
                    ? before
                    : meeting with
                    {
                        Items = meeting.Items.Select(item => Find(item.CaseNumber) is { } history ? item with { Case = history } : item).ToImmutableArray(),
                    };
            _annotated.AddOrUpdate(meeting, annotated);
            return annotated;
        }).ToImmutableArray();

    /// <summary>The cases by KLE main group, then by emne; case numbers that are not KLE numbers form the last group.</summary>
    public ImmutableArray<CaseGroup> Groups()
    {
        var kle = Cases
            .Where(c => c.Number.IsKleNumber)
            .GroupBy(c => c.Number.MainGroup!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(group => new CaseGroup(
                group.Key,
                KleMainGroups.Label(group.Key),
                group.GroupBy(c => c.Number.Topic!)
                    .OrderBy(t => t.Key, StringComparer.Ordinal)
                    .Select(topic => new CaseTopic(topic.Key, [.. topic]))
                    .ToImmutableArray()));
        var others = Cases.Where(c => !c.Number.IsKleNumber).ToImmutableArray();
        return others.IsEmpty
            ? kle.ToImmutableArray()
            : kle.Append(new CaseGroup(null, OtherCaseNumbersTitle, [new CaseTopic(null, others)])).ToImmutableArray();
    }

    public const string OtherCaseNumbersTitle = "Andre sagsnumre";

    /// <summary>The decision, or its first lines when it is long: enough to see what was decided in a list of treatments.</summary>
    private static string? DecisionExcerpt(AgendaItemView item)
    {
        const int maxLines = 3;
        const int maxLength = 300;
        if (item.Decision is not { Text: { Length: > 0 } text })
        {
            return null;
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
        return cut ? excerpt.TrimEnd(' ', ',', '.', ';', ':') + " …" : excerpt;
    }
}

/// <summary>One treatment of a case: a punkt of one meeting.</summary>
public sealed record Treatment(CaseNumber CaseNumber, Committee Committee, DateOnly Date, int Number, string Title, string Url, string? Decision);

/// <summary>A case and its treatments in date order.</summary>
public sealed record CaseHistory(CaseNumber Number, ImmutableArray<Treatment> Treatments)
{
    public Treatment First => Treatments[0];

    public Treatment Latest => Treatments[^1];

    public string Url => Number.Url;
}

/// <summary>A KLE main group (or the group of other case numbers, with no number) and its emner.</summary>
public sealed record CaseGroup(string? MainGroup, string Title, ImmutableArray<CaseTopic> Topics)
{
    public string Id => MainGroup is null ? "andre-sagsnumre" : $"kle-{MainGroup}";

    public int CaseCount => Topics.Sum(t => t.Cases.Length);
}

/// <summary>An emne (e.g. 15.00.00) and its cases; null for case numbers that are not KLE numbers.</summary>
public sealed record CaseTopic(string? Topic, ImmutableArray<CaseHistory> Cases);
