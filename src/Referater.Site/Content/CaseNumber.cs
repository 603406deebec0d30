using System.Text.RegularExpressions;

namespace Referater.Site.Content;

/// <summary>
/// A case number (sagsnummer). Danish municipalities file under KLE journal numbers,
/// <c>emne-handlingsfacet-løbenummer-år</c> (e.g. <c>15.00.00-A00-3-25</c>); other forms are opaque ids.
/// </summary>
public sealed partial record CaseNumber(string Value) : IComparable<CaseNumber>
{
    [GeneratedRegex(@"^(?<group>\d{2})\.(?<sub>\d{2})\.(?<topic>\d{2})-(?<facet>[A-ZÆØÅ]\d{2})-(?<serial>\d+)-(?<year>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex KlePattern();

    public static bool IsKle(string value) => KlePattern().IsMatch(value);

    public bool IsKleNumber => IsKle(Value);

    /// <summary>The KLE main group (the first two digits), or null for a case number that is not a KLE number.</summary>
    public string? MainGroup => IsKleNumber ? Value[..2] : null;

    /// <summary>The KLE emne (e.g. <c>15.00.00</c>), or null.</summary>
    public string? Topic => IsKleNumber ? Value[..8] : null;

    /// <summary>The form used in URLs: the number itself where it is URL-safe, with '/' and other characters replaced.</summary>
    public string Slug => Slugs.ForCaseNumber(Value);

    public string Url => $"/sager/{Slug}/";

    public int CompareTo(CaseNumber? other) => string.CompareOrdinal(Value, other?.Value);

    public override string ToString() => Value;
}
