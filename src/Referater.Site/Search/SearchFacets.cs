using System.Globalization;
using Referater.Site.Rendering;

namespace Referater.Site.Search;

/// <summary>
/// The filters and sort the search index knows a punkt by. <see cref="SearchDocuments"/> tags each punkt with them
/// (Pagefind's data attributes) and the search page offers them; the keys are written here once for both.
/// </summary>
public static class SearchFacets
{
    public const string CommitteeKey = "udvalg";
    public const string YearKey = "aar";
    public const string KleKey = "kle";
    public const string DateSortKey = "dato";

    public static string DateSort(DateOnly date) => $"{DateSortKey}:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The KLE main groups the site's punkter are filed under, for the search page's filter.</summary>
    public static IReadOnlyList<string> KleGroups(IEnumerable<MeetingView> meetings) =>
        meetings.SelectMany(m => m.Items).Select(i => i.CaseNumber?.MainGroup).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<int> Years(IEnumerable<MeetingView> meetings) =>
        meetings.Select(m => m.Date.Year).Distinct().OrderDescending().ToList();
}
