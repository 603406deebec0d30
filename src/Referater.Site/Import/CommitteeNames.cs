using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>
/// Committee names as referater write them, made comparable: "Teknik, Erhverv, Plan og Miljøudvalget 2018-2021",
/// "Økonomi- og Erhvervsudvalget (2018-2021)", "ERHVERVS- OG FRITIDSUDVALGET FOR NORDFYNS KOMMUNE" and "Byrådet" name
/// the committee without its election period, the municipality or the case they are written in.
/// </summary>
public static partial class CommitteeNames
{
    [GeneratedRegex(@"\s*[(\[]?\s*(?:\d{4}\s*[-–/]\s*\d{2,4}|valgperiode[^)\]]*)\s*[)\]]?\s*$|\s*[(\[]\s*\d{4}\s*[-–]\s*\d{4}\s*[)\]]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"\s+(?:for|i)\s+[\p{L}\-]+(?:\s+[\p{L}\-]+)?\s+(?:kommune|regionskommune)\b.*$|^[\p{L}\-]+(?:\s+[\p{L}\-]+)?\s+(?:kommune|regionskommune)\b[\s.,:\-–]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MunicipalityPattern();

    [GeneratedRegex(@"(?<name>\p{L}{3,})smøde(?:t|r|rne)?(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingOfPattern();

    [GeneratedRegex(@"[^\p{L}\d§]+")]
    private static partial Regex NonWordPattern();

    public static string WithoutPeriod(string name) => PeriodPattern().Replace(name, "").Trim();

    /// <summary>The name without period and municipality, in lower case, its words separated by single spaces.</summary>
    public static string Comparable(string name)
    {
        var text = MunicipalityPattern().Replace(WithoutPeriod(name.Trim()), "").Replace("&", " og ");
        // "Byrådsmødet", "Økonomiudvalgsmøde": the committee's meeting names the committee.
        text = MeetingOfPattern().Replace(text, "${name}");
        return NonWordPattern().Replace(text.ToLowerInvariant(), " ").Trim();
    }

    /// <summary>The same committee: the same words, or one name the definite form of the other ("Byråd", "Byrådet").</summary>
    public static bool SameBody(string a, string b)
    {
        var x = Comparable(a);
        var y = Comparable(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }
        return x == y || (x.StartsWith(y, StringComparison.Ordinal) && x.Length - y.Length <= 3 && !x[y.Length..].Contains(' '))
                      || (y.StartsWith(x, StringComparison.Ordinal) && y.Length - x.Length <= 3 && !y[x.Length..].Contains(' '));
    }

    /// <summary>
    /// "ØU", "KB", "TMU": the committee by the letters referater shorten it to, the first of each word and of the body
    /// a compound ends in ("Økonomi-udvalget", "Kommunal-bestyrelsen", "Teknik- og Miljø-udvalget", "Det lokale
    /// Beskæftigelses-råd" is LBR).
    /// </summary>
    public static bool IsAbbreviation(string text, string name)
    {
        var token = text.Trim().TrimEnd('.', ':', ',');
        return token.Length is >= 2 and <= 6 && token.All(char.IsUpper) && token == Abbreviation(name);
    }

    private static readonly string[] LinkWords = ["og", "for", "i", "af", "det", "den", "de", "til", "med"];

    private static readonly string[] Bodies = ["udvalget", "udvalg", "bestyrelsen", "bestyrelse", "rådet", "råd", "nævnet", "nævn", "forsamlingen", "forsamling"];

    private static string Abbreviation(string name)
    {
        var letters = new System.Text.StringBuilder();
        foreach (var word in Comparable(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !LinkWords.Contains(w)))
        {
            letters.Append(char.ToUpperInvariant(word[0]));
            if (Bodies.FirstOrDefault(b => word.Length > b.Length + 1 && word.EndsWith(b, StringComparison.Ordinal)) is { } body)
            {
                letters.Append(char.ToUpperInvariant(body[0]));
            }
        }
        return letters.ToString();
    }

    /// <summary>Whether <paramref name="text"/> names the committee somewhere inside it, as whole words.</summary>
    public static bool Mentions(string text, string name)
    {
        var haystack = " " + Comparable(text) + " ";
        var needle = Comparable(name);
        // "Økonomiudvalgets møde": the name in the genitive is the name.
        return needle.Length > 0 && (haystack.Contains(" " + needle + " ", StringComparison.Ordinal) || haystack.Contains(" " + needle + "s ", StringComparison.Ordinal));
    }
}
