using System.Globalization;
using System.Text.RegularExpressions;
using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>
/// Dates and times as referater write them: "17-02-2026", "17.02.26", "2026-02-17", "17. februar 2026", "15-maj-2002",
/// "Torsdag, 14 november, 2019 - 18:30", "06-03-2018 07:30:00", "kl. 13.30", and the English month names a page in
/// Danish sometimes carries ("Tuesday 10 August 2021").
/// </summary>
public static partial class DanishDates
{
    private const string Months =
        "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
        + "|january|february|march|may|june|july|october"
        + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";

    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})\.?\s*[-/]?\s*(?<m>" + Months + @")\.?,?\s*[-/]?\s*(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenPattern();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<m>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishOrderPattern();

    [GeneratedRegex(@"(?<![\d.])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d])")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?<![\d.\-/])(?<d>\d{1,2})[-./](?<m>\d{1,2})[-./](?<y>\d{4}|\d{2})(?![\d\-/]|\.\d)")]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"\bkl(?:\.|okken)?\s*:?\s*(?<h>\d{1,2})(?:[:.](?<min>\d{2}))?(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"^(?<h>\d{1,2})[:.](?<min>\d{2})(?::\d{2})?(?!\d)")]
    private static partial Regex BareTimePattern();

    [GeneratedRegex(@"^\s*(?:,|-|–|—|\bkl\.?|\bat)?\s*(?<h>\d{1,2})[:.](?<min>\d{2})(?::\d{2})?(?!\d)(?:\s*(?<ampm>AM|PM)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeAfterDatePattern();

    private static readonly Dictionary<string, int> EnglishMonths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["october"] = 10, ["oct"] = 10,
    };

    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})\.\s*(?<m>januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?![\p{L}])(?!\s*,?\s*\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthPattern();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearPattern();

    /// <summary>A day and month written without their year ("mødet den 9. september"), or null.</summary>
    public static (int Day, int Month)? FindDayMonth(string text) =>
        DayMonthPattern().Match(text) is { Success: true } match
            ? (int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture), DanishMonths.NumberOf(match.Groups["m"].Value.ToLowerInvariant()))
            : null;

    /// <summary>The years (1900–2099) a text names, e.g. in "Møde nr.: 10/2019".</summary>
    public static IEnumerable<int> Years(string text) =>
        YearPattern().Matches(text).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));

    /// <summary>The first date in the text, with where it stands, or null.</summary>
    public static (DateOnly Date, int Index, int Length)? Find(string text)
    {
        (DateOnly, int, int)? first = null;
        foreach (var pattern in new[] { WrittenPattern(), EnglishOrderPattern(), IsoPattern(), NumericPattern() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (ToDate(match) is { } date && (first is null || match.Index < first.Value.Item2))
                {
                    first = (date, match.Index, match.Length);
                    break;
                }
            }
        }
        return first;
    }

    /// <summary>The time after "kl." (or, for a value that is only a time, the time itself).</summary>
    public static (TimeOnly Time, int Index, int Length)? FindTime(string text)
    {
        var match = ClockPattern().Match(text);
        if (!match.Success)
        {
            match = BareTimePattern().Match(text.Trim());
        }
        return match.Success ? ToTime(match) : null;
    }

    /// <summary>A date and the time written with it: "14 november, 2019 - 18:30", "06-03-2018 07:30:00", "17. februar kl. 13.30".</summary>
    public static (DateOnly Date, TimeOnly? Time, int End)? FindWithTime(string text)
    {
        if (Find(text) is not { } found)
        {
            return null;
        }
        var end = found.Index + found.Length;
        var after = TimeAfterDatePattern().Match(text[end..]);
        if (after.Success && ToTime(after) is { } time)
        {
            return (found.Date, time.Time, end + after.Index + after.Length);
        }
        var clock = ClockPattern().Match(text, end);
        return clock.Success && ToTime(clock) is { } later && text[end..clock.Index].Trim().Length <= 12
            ? (found.Date, later.Time, clock.Index + clock.Length)
            : (found.Date, null, end);
    }

    public static bool TryParseIso(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static (TimeOnly Time, int Index, int Length)? ToTime(Match match)
    {
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["ampm"].Success && hour is >= 1 and <= 12)
        {
            // "8/29/2019 4:00:00 PM": a page that let an English server write the date.
            hour = match.Groups["ampm"].Value.Equals("PM", StringComparison.OrdinalIgnoreCase) ? hour % 12 + 12 : hour % 12;
        }
        var minute = match.Groups["min"].Success ? int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? (new TimeOnly(hour, minute), match.Index, match.Length) : null;
    }

    private static DateOnly? ToDate(Match match)
    {
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 100)
        {
            year += 2000;
        }
        var monthText = match.Groups["m"].Value.ToLowerInvariant();
        var month = char.IsAsciiDigit(monthText[0])
            ? int.Parse(monthText, CultureInfo.InvariantCulture)
            : EnglishMonths.TryGetValue(monthText, out var english) ? english : DanishMonths.NumberOf(monthText);
        if (month > 12 && day <= 12 && match.Value.Contains('/') && year >= 1900)
        {
            (day, month) = (month, day); // "8/29/2019": month first, as an English server writes it
        }
        return month is >= 1 and <= 12 && year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
