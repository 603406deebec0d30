using System.Text.RegularExpressions;

namespace Referater.Site.Validation;

/// <summary>
/// Finds Danish CPR numbers (personnumre) in text: <c>ddmmåå-xxxx</c> or <c>ddmmååxxxx</c> with a real day and
/// month, and <c>ddmmåå xxxx</c> after a label such as "CPR-nr.". Numbers that are part of longer numbers, dates
/// (17-02-2026), case numbers (00.00.00-P19-1719-10), amounts and phone numbers do not match.
/// </summary>
public static partial class CprNumbers
{
    /// <summary>What an editor writes right after a number that only looks like a CPR number; it stays visible on the page.</summary>
    public const string ExceptionMarker = "(ikke CPR)";

    // Not inside a longer number: no digit right before, nor a digit followed by a separator ("1.010190-1234").
    [GeneratedRegex(@"(?<!\d)(?<!\d[.,/-])(?<day>\d{2})(?<month>\d{2})\d{2}[-‐‑–]?\d{4}(?!\d|[.,/-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Unlabelled();

    [GeneratedRegex(@"\b(?:cpr(?:[\s.-]*(?:nr|nummer)\b\.?)?|personnummer)[\s:.]*(?<number>(?<day>\d{2})(?<month>\d{2})\d{2}[ \u00a0]\d{4})(?!\d|[.,/-]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^[ \u00a0]?\(ikke cpr\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Exception();

    /// <summary>Every CPR number in the text, by index and length, in order; numbers marked as exceptions are left out.</summary>
    public static IReadOnlyList<(int Index, int Length)> Find(string text)
    {
        // Every form has six digits in a row; most text has none, and is passed without running the patterns.
        if (!HasSixDigitsInARow(text))
        {
            return [];
        }
        var found = new SortedDictionary<int, int>();
        foreach (Match match in Unlabelled().Matches(text))
        {
            Add(found, text, match, match.Index, match.Length);
        }
        foreach (Match match in Labelled().Matches(text))
        {
            var number = match.Groups["number"];
            Add(found, text, match, number.Index, number.Length);
        }
        return found.Select(f => (f.Key, f.Value)).ToList();
    }

    private static bool HasSixDigitsInARow(string text)
    {
        var run = 0;
        foreach (var ch in text)
        {
            run = char.IsDigit(ch) ? run + 1 : 0;
            if (run == 6)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The number with its serial part hidden, so that a diagnostic (often in a public CI log) does not repeat it.</summary>
    public static string Masked(string number) => number[..Math.Min(6, number.Length)] + "-xxxx";

    private static void Add(SortedDictionary<int, int> found, string text, Match match, int index, int length)
    {
        var day = int.Parse(match.Groups["day"].ValueSpan);
        var month = int.Parse(match.Groups["month"].ValueSpan);
        // Any year: 29 February is a real birthday.
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return;
        }
        if (Exception().IsMatch(text.AsSpan(index + length)))
        {
            return;
        }
        found.TryAdd(index, length);
    }
}
