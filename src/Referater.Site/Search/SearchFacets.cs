using System.Globalization;
using Referater.Site.Content;
using Referater.Site.Rendering;

namespace Referater.Site.Search;

/// <summary>
/// The filters, sort and metadata the search index knows a meeting by. The meeting page tags itself with them
/// (Pagefind's data attributes) and the search page offers them; the keys are written here once for both.
/// </summary>
public static class SearchFacets
{
    public const string CommitteeKey = "udvalg";
    public const string YearKey = "aar";
    public const string KleKey = "kle";
    public const string DateSortKey = "dato";

    /// <summary>The punkter's KLE main groups as <c>12=15 13=00</c>: a filter applies to the whole meeting, so the search page narrows it to the punkter.</summary>
    public const string PunktKleMetaKey = "punkt_kle";

    public static string CommitteeFilter(Committee committee) => $"{CommitteeKey}:{committee.Slug}";

    public static string YearFilter(DateOnly date) => $"{YearKey}:{date.Year.ToString(CultureInfo.InvariantCulture)}";

    public static string DateSort(DateOnly date) => $"{DateSortKey}:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static string? KleFilter(AgendaItemView item) =>
        item.CaseNumber?.MainGroup is { } group ? $"{KleKey}:{group}" : null;

    public static string? KleMeta(MeetingView meeting)
    {
        var pairs = meeting.Items
            .Where(item => item.CaseNumber?.MainGroup is not null)
            .Select(item => $"{item.Number.ToString(CultureInfo.InvariantCulture)}={item.CaseNumber!.MainGroup}")
            .ToList();
        return pairs.Count == 0 ? null : $"{PunktKleMetaKey}:{string.Join(' ', pairs)}";
    }

    /// <summary>The KLE main groups the site's punkter are filed under, for the search page's filter.</summary>
    public static IReadOnlyList<string> KleGroups(IEnumerable<MeetingView> meetings) =>
        meetings.SelectMany(m => m.Items).Select(i => i.CaseNumber?.MainGroup).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<int> Years(IEnumerable<MeetingView> meetings) =>
        meetings.Select(m => m.Date.Year).Distinct().OrderDescending().ToList();
}
