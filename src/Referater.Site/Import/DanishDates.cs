using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>
/// Dates and times as referater write them: "17-02-2026", "17.02.26", "2026-02-17", "17. februar 2026",
/// "tirsdag den 25. februar 2020", "Tirsdag d. 17. februar 2026 kl. 13:30", "kl. 13.30".
/// </summary>
public static partial class DanishDates
{
    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})\.?\s*(?<m>januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?\s+(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenPattern();

    [GeneratedRegex(@"(?<![\d.])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d])")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?<![\d.\-/])(?<d>\d{1,2})[-./](?<m>\d{1,2})[-./](?<y>\d{4}|\d{2})(?![\d.\-/])")]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"\bkl(?:\.|okken)?\s*(?<h>\d{1,2})(?:[:.](?<min>\d{2}))?(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"^(?<h>\d{1,2})[:.](?<min>\d{2})(?!\d)")]
    private static partial Regex BareTimePattern();

    /// <summary>The first date in the text, with where it stands, or null.</summary>
    public static (DateOnly Date, int Index, int Length)? Find(string text)
    {
        foreach (var pattern in new[] { WrittenPattern(), IsoPattern(), NumericPattern() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (ToDate(match) is { } date)
                {
                    return (date, match.Index, match.Length);
                }
            }
        }
        return null;
    }

    /// <summary>The time after "kl." (or, for a value that is only a time, the time itself).</summary>
    public static (TimeOnly Time, int Index, int Length)? FindTime(string text)
    {
        var match = ClockPattern().Match(text);
        if (!match.Success)
        {
            match = BareTimePattern().Match(text.Trim());
        }
        if (!match.Success)
        {
            return null;
        }
        var hour = int.Parse(match.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minute = match.Groups["min"].Success ? int.Parse(match.Groups["min"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? (new TimeOnly(hour, minute), match.Index, match.Length) : null;
    }

    private static DateOnly? ToDate(Match match)
    {
        var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (year < 100)
        {
            year += 2000;
        }
        var monthText = match.Groups["m"].Value.ToLowerInvariant();
        var month = char.IsAsciiDigit(monthText[0])
            ? int.Parse(monthText, System.Globalization.CultureInfo.InvariantCulture)
            : DanishMonths.NumberOf(monthText);
        return month is >= 1 and <= 12 && year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
