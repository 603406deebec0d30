using System.Text.RegularExpressions;

namespace Referater.Site.Validation;

/// <summary>
/// Finds Danish CPR numbers (personnumre) in text: <c>ddmmåå-xxxx</c> or <c>ddmmååxxxx</c> with a real day and
/// month, and <c>ddmmåå xxxx</c> after a label such as "CPR-nr." or "Personnr.". The text is read as a page shows it
/// (<see cref="PublishedText"/>): other digits, dashes and spaces, and invisible characters inside the number, do not
/// hide it. Numbers that are part of longer numbers, dates (17-02-2026), case numbers (00.00.00-P19-1719-10), amounts
/// and phone numbers do not match, nor does a period written as <c>ddmmåå-åååå</c> ("Perioden 010125-2026") when the
/// check digits show it cannot be a CPR number.
/// </summary>
public static partial class CprNumbers
{
    /// <summary>What an editor writes right after a number that only looks like a CPR number; it stays visible on the page.</summary>
    public const string ExceptionMarker = "(ikke CPR)";

    /// <summary>A number found: where it is in the original text, and its ten digits.</summary>
    public readonly record struct Found(int Index, int Length, string Digits);

    // Not inside a longer number: no digit right before, nor a digit followed by a separator ("1.010190-1234").
    [GeneratedRegex(@"(?<![0-9])(?<![0-9][.,/-])(?<day>[0-9]{2})(?<month>[0-9]{2})(?<year>[0-9]{2})(?<dash> ?- ?)?(?<serial>[0-9]{4})(?![0-9]|[.,/-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Unlabelled();

    [GeneratedRegex(@"\b(?:cpr(?:[ .-]*(?:nr|nummer)\b\.?)?|person(?:nummer|nr\b\.?)|pers\.? ?nr\b\.?)[ :.]*(?<number>(?<day>[0-9]{2})(?<month>[0-9]{2})(?<year>[0-9]{2})(?: ?- ?| )?(?<serial>[0-9]{4}))(?![0-9]|[.,/-][0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^ ?\(ikke cpr\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Exception();

    /// <summary>Every CPR number in the text, by index and length, in order; numbers marked as exceptions are left out.</summary>
    public static IReadOnlyList<(int Index, int Length)> Find(string text) => FindNumbers(text).Select(f => (f.Index, f.Length)).ToList();

    /// <summary>Every CPR number in the text, with its digits, in order; numbers marked as exceptions are left out.</summary>
    public static IReadOnlyList<Found> FindNumbers(string text) => Scan(text, everything: false);

    /// <summary>
    /// The text with the serial part of every number that could be a CPR number hidden (marked exceptions and periods
    /// too): what a diagnostic, often in a public build log, may repeat of a value.
    /// </summary>
    public static string MaskAll(string text)
    {
        var found = Scan(text, everything: true);
        if (found.Count == 0)
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var number in found)
        {
            builder.Append(text, at, number.Index - at).Append(Masked(number.Digits));
            at = number.Index + number.Length;
        }
        return builder.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>The number with its serial part hidden, so that a diagnostic (often in a public CI log) does not repeat it.</summary>
    public static string Masked(string number)
    {
        var digits = new string(PublishedText.Normalise(number).Text.Where(char.IsAsciiDigit).ToArray());
        return (digits.Length >= 6 ? digits[..6] : digits) + "-xxxx";
    }

    private static List<Found> Scan(string text, bool everything)
    {
        if (!HasTenDigits(text))
        {
            return [];
        }
        if (text.Length <= WindowReach * 4)
        {
            return ScanWhole(text, everything);
        }
        // A long text (a whole file) is read only around its clusters of digits: a CPR number's ten digits stand close
        // together, and most of a referat's text has none. Each window reaches far enough before its digits for a label.
        var found = new SortedDictionary<int, Found>();
        foreach (var (start, end) in DigitClusters(text))
        {
            foreach (var number in ScanWhole(text[start..end], everything))
            {
                found.TryAdd(start + number.Index, number with { Index = start + number.Index });
            }
        }
        return [.. found.Values];
    }

    /// <summary>How far around ten close digits a window reaches (a label such as "CPR-nummer:" before, a marker after).</summary>
    private const int WindowReach = 60;

    /// <summary>
    /// The stretches of a text where ten digits stand within a few dozen characters, widened and merged. Distances count
    /// only the characters a reader sees, as the scan reads them: invisible ones between the digits do not spread a
    /// number out of its window.
    /// </summary>
    private static List<(int Start, int End)> DigitClusters(string text)
    {
        var windows = new List<(int Start, int End)>();
        var recent = new Queue<(int Index, int Seen)>(10);
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (PublishedText.IsInvisible(text[i]))
            {
                continue;
            }
            seen++;
            if (!(char.IsDigit(text[i]) || char.IsSurrogate(text[i])))
            {
                continue;
            }
            if (recent.Count == 10)
            {
                recent.Dequeue();
            }
            recent.Enqueue((i, seen));
            if (recent.Count == 10 && seen - recent.Peek().Seen <= WindowReach)
            {
                var start = Reach(text, recent.Peek().Index, -1);
                var end = Reach(text, i, +1);
                if (windows.Count > 0 && start <= windows[^1].End)
                {
                    windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, end));
                }
                else
                {
                    windows.Add((start, end));
                }
            }
        }
        return windows;
    }

    /// <summary>The index <see cref="WindowReach"/> visible characters away from <paramref name="index"/>, or the text's end.</summary>
    private static int Reach(string text, int index, int step)
    {
        var i = index;
        for (var visible = 0; visible < WindowReach && i + step >= 0 && i + step <= text.Length; )
        {
            i += step;
            if (i < text.Length && !PublishedText.IsInvisible(text[i]))
            {
                visible++;
            }
        }
        return i;
    }

    private static List<Found> ScanWhole(string text, bool everything)
    {
        var normal = PublishedText.Normalise(text);
        var found = new SortedDictionary<int, Found>();
        foreach (Match match in Unlabelled().Matches(normal.Text))
        {
            if (everything || !IsPeriod(match))
            {
                Add(found, normal, match, match.Index, match.Length, everything);
            }
        }
        foreach (Match match in Labelled().Matches(normal.Text))
        {
            var number = match.Groups["number"];
            Add(found, normal, match, number.Index, number.Length, everything);
        }
        return [.. found.Values];
    }

    /// <summary>Any text with a CPR number has ten digits of some kind; most text has not, and is not normalised at all.</summary>
    private static bool HasTenDigits(string text)
    {
        var digits = 0;
        foreach (var ch in text)
        {
            if (char.IsDigit(ch) || char.IsSurrogate(ch))
            {
                if (++digits >= 10)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static void Add(SortedDictionary<int, Found> found, PublishedText.Normalised normal, Match match, int index, int length, bool everything)
    {
        var day = int.Parse(match.Groups["day"].ValueSpan);
        var month = int.Parse(match.Groups["month"].ValueSpan);
        // Any year: 29 February is a real birthday.
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return;
        }
        if (!everything && Exception().IsMatch(normal.Text.AsSpan(index + length)))
        {
            return;
        }
        var start = normal.OriginalIndex(index);
        var end = normal.OriginalIndex(index + length - 1) + 1;
        var digits = match.Groups["day"].Value + match.Groups["month"].Value + match.Groups["year"].Value + match.Groups["serial"].Value;
        found.TryAdd(start, new Found(start, end - start, digits));
    }

    /// <summary>
    /// "010125-2026" reads as a period from a date to a year. It is let through when it fails the modulus 11 check, which
    /// every CPR number of someone born in the 1900s passes, except those given out for 1 January of a few years.
    /// </summary>
    private static bool IsPeriod(Match match)
    {
        if (!match.Groups["dash"].Success || int.Parse(match.Groups["serial"].ValueSpan) is < 1900 or > 2099)
        {
            return false;
        }
        var digits = match.Groups["day"].Value + match.Groups["month"].Value + match.Groups["year"].Value + match.Groups["serial"].Value;
        if (digits.StartsWith("0101", StringComparison.Ordinal) && NoCheckDigitYears.Contains(digits[4..6]))
        {
            return false;
        }
        int[] weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        var sum = digits.Select((digit, i) => (digit - '0') * weights[i]).Sum();
        return sum % 11 != 0;
    }

    /// <summary>Years whose 1 January has CPR numbers without a valid check digit (serial numbers ran out on those dates).</summary>
    private static readonly HashSet<string> NoCheckDigitYears =
        ["60", "64", "65", "66", "69", "70", "80", "82", "84", "85", "86", "87", "88", "89", "90", "91", "92"];
}
