using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    private readonly Dictionary<string, CaseHistory> _byNumber;

    /// <summary>The annotated view made for each view, so that a later index can hand out the same instance when nothing changed.</summary>
    private readonly ConditionalWeakTable<MeetingView, MeetingView> _annotated = new();

    private CaseIndex(ImmutableArray<CaseHistory> cases)
    {
        Cases = cases;
        _byNumber = cases.ToDictionary(c => c.Number.Value, StringComparer.Ordinal);
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
            foreach (var treatment in TreatmentsByView.GetValue(meeting, Treatments))
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(byNumber, treatment.CaseNumber.Value, out _) ??= []).Add(treatment);
            }
        }
        var cases = new CaseHistory[byNumber.Count];
        var i = 0;
        foreach (var list in byNumber.Values)
        {
            list.Sort(TreatmentOrder);
            var number = list[0].CaseNumber;
            cases[i++] = previous?.Find(number) is { } before && before.Treatments.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(list))
                ? before
                : new CaseHistory(number, [.. list]);
        }
        Array.Sort(cases, (a, b) => a.Number.CompareTo(b.Number));
        return new CaseIndex(ImmutableCollectionsMarshal.AsImmutableArray(cases));
    }

    /// <summary>Each view's treatments, made once: preview builds the index after every edit from views most of which are the same objects as before.</summary>
    private static readonly ConditionalWeakTable<MeetingView, Treatment[]> TreatmentsByView = new();

    private static Treatment[] Treatments(MeetingView meeting) =>
    [
        .. meeting.Items
            .Where(item => item.CaseNumber is not null)
            .Select(item => new Treatment(item.CaseNumber!, meeting.Committee, meeting.Date, item.Number, item.Title, item.Url, item.DecisionSummary)
            {
                Kind = meeting.Kind,
                Time = meeting.Time,
                Place = meeting.Place,
                Address = meeting.Address,
                FullDecision = item.Decision,
            }),
    ];

    /// <summary>Oldest first; on one day by committee, then by punkt (the address settles what nothing else does).</summary>
    private static int TreatmentOrder(Treatment a, Treatment b)
    {
        var order = a.Date.CompareTo(b.Date);
        order = order != 0 ? order : DanishText.Comparer.Compare(a.Committee.Name, b.Committee.Name);
        order = order != 0 ? order : a.Number.CompareTo(b.Number);
        return order != 0 ? order : string.CompareOrdinal(a.Url, b.Url);
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

    /// <summary>What the list of cases shows of each case, in sagsnummer order.</summary>
    public IEnumerable<CaseCard> Cards => Cases.Select(CaseCard.Of);
}

/// <summary>
/// One treatment of a case: a punkt of one meeting, with what the case's page shows of it and of its meeting. A case's
/// page is made from its treatments alone, so it is the same page exactly when they are equal.
/// </summary>
/// <param name="Decision">The decision, or its first lines when it is long.</param>
public sealed record Treatment(CaseNumber CaseNumber, Committee Committee, DateOnly Date, int Number, string Title, string Url, string? Decision)
{
    /// <summary>Whether the treatment is in minutes (decided) or an agenda (still to be treated).</summary>
    public MeetingKind Kind { get; init; }

    /// <summary>When the meeting began, where it was held, and the whole decision: what the page's JSON-LD says of the treatment.</summary>
    public TimeOnly? Time { get; init; }

    public string? Place { get; init; }

    public string? Address { get; init; }

    public SectionView? FullDecision { get; init; }

    public string Heading => AgendaItemView.HeadingOf(Number, Title);

    public string MeetingTitle => MeetingView.TitleOf(Kind, Committee, Date);

    /// <summary>The meeting's page: the punkt's address without its anchor.</summary>
    public string MeetingUrl => Url.Split('#')[0];
}

/// <summary>A case and its treatments in date order.</summary>
public sealed record CaseHistory(CaseNumber Number, ImmutableArray<Treatment> Treatments)
{
    public Treatment First => Treatments[0];

    public Treatment Latest => Treatments[^1];

    public string Url => Number.Url;
}

/// <summary>
/// What the list of cases shows of a case: its latest treatment and how many there are. An edit to a case's earlier
/// treatments, or to more of its latest decision than the first lines, leaves its card, and so the list, as it was.
/// </summary>
public sealed record CaseCard(CaseNumber Number, string Title, string? Decision, int Treatments, DateOnly Date, string Committee)
{
    public string Url => Number.Url;

    public static CaseCard Of(CaseHistory history) =>
        new(history.Number, history.Latest.Title, history.Latest.Decision, history.Treatments.Length, history.Latest.Date, history.Latest.Committee.Name);
}

/// <summary>A KLE main group (or the group of other case numbers, with no number) and its emner.</summary>
/// <param name="Title">The main group in words ("Arbejdsmarked og beskæftigelsesindsats").</param>
public sealed record CaseGroup(string? MainGroup, string Title, ImmutableArray<CaseTopic> Topics)
{
    public const string OtherCaseNumbersTitle = "Andre sagsnumre";

    public string Id => IdOf(MainGroup);

    /// <summary>"KLE 15", for those who know the numbers; null for the group of other case numbers.</summary>
    public string? Code => MainGroup is null ? null : $"KLE {MainGroup}";

    public int CaseCount => Topics.Sum(t => t.Cards.Length);

    /// <summary>The group's anchor on <c>/sager/</c>.</summary>
    public static string IdOf(string? mainGroup) => mainGroup is null ? "andre-sagsnumre" : $"kle-{mainGroup}";

    /// <summary>
    /// The cases by KLE main group, then by emne; case numbers that are not KLE numbers form the last group. Within a
    /// group, the case treated most recently comes first. Emner are told apart only where their names are known
    /// (<paramref name="topicNames"/>): a reader learns nothing from a heading that is a number.
    /// </summary>
    public static ImmutableArray<CaseGroup> Of(IEnumerable<CaseCard> cards, IReadOnlyDictionary<string, string> topicNames)
    {
        var all = cards.ToList();
        var kle = ByMainGroup(all, c => c.Number)
            .Select(group => new CaseGroup(
                group.Key,
                KleMainGroups.Title(group.Key),
                group.GroupBy(c => topicNames.ContainsKey(c.Number.Topic!) ? c.Number.Topic : null)
                    .OrderBy(t => t.Key is null ? 1 : 0)
                    .ThenBy(t => t.Key, StringComparer.Ordinal)
                    .Select(topic => new CaseTopic(topic.Key, topic.Key is null ? null : topicNames[topic.Key], MostRecentFirst(topic)))
                    .ToImmutableArray()));
        var others = all.Where(c => !c.Number.IsKleNumber).ToList();
        return others.Count == 0
            ? kle.ToImmutableArray()
            : kle.Append(new CaseGroup(null, OtherCaseNumbersTitle, [new CaseTopic(null, null, MostRecentFirst(others))])).ToImmutableArray();
    }

    /// <summary>What has a KLE number, by its main group in the groups' order; other case numbers belong to none.</summary>
    public static IEnumerable<IGrouping<string, T>> ByMainGroup<T>(IEnumerable<T> items, Func<T, CaseNumber> number) =>
        items.Where(item => number(item).IsKleNumber)
            .GroupBy(item => number(item).MainGroup!)
            .OrderBy(group => group.Key, StringComparer.Ordinal);

    private static ImmutableArray<CaseCard> MostRecentFirst(IEnumerable<CaseCard> cards) =>
        cards.OrderByDescending(c => c.Date).ThenBy(c => c.Title, DanishText.Comparer).ThenBy(c => c.Number).ToImmutableArray();
}

/// <summary>A named emne (e.g. 15.00.00) and its cases; Topic and Name are null for the cases of emner without a known name.</summary>
public sealed record CaseTopic(string? Topic, string? Name, ImmutableArray<CaseCard> Cards);
