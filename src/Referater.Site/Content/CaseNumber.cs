using System.Text.RegularExpressions;

namespace Referater.Site.Content;

/// <summary>
/// A case number (sagsnummer). Danish municipalities file under KLE journal numbers,
/// <c>emne-handlingsfacet-løbenummer-år</c> (e.g. <c>15.00.00-A00-3-25</c>); other forms are opaque ids.
/// </summary>
public sealed partial record CaseNumber(string Value) : IComparable<CaseNumber>
{
    [GeneratedRegex(@"^(?<group>[0-9]{2})\.(?<sub>[0-9]{2})\.(?<topic>[0-9]{2})-(?<facet>[A-ZÆØÅ][0-9]{2})-(?<serial>[0-9]+)-(?<year>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex KlePattern();

    public static bool IsKle(string value) => KlePattern().IsMatch(value);

    /// <summary>
    /// Whether the number can be its page's address (<c>/sager/&lt;slug&gt;/</c>): a segment with a letter or digit that
    /// does not begin with '.', so that '.', '..' or '.feed' cannot name another folder or a hidden file.
    /// </summary>
    public static bool HasSafeSlug(string value)
    {
        var slug = Slugs.ForCaseNumber(value);
        return slug.Length is > 0 and <= 120 && slug[0] != '.' && slug.Any(char.IsAsciiLetterOrDigit);
    }

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
