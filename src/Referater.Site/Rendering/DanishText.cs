using System.Globalization;

namespace Referater.Site.Rendering;

/// <summary>Dates and numbers as Danish readers expect them. The culture is always passed explicitly.</summary>
public static class DanishText
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("da-DK");

    public static StringComparer Comparer { get; } = StringComparer.Create(Culture, ignoreCase: false);

    /// <summary>
    /// "tirsdag d. 17. februar 2026 kl. 13:30": weekdays are lower-case in Danish running text ("Referat tirsdag d. …");
    /// capitalise where the date begins a line. The time separator is written literally: da-DK's is '.'.
    /// </summary>
    public static string LongDate(DateOnly date, TimeOnly? time = null)
    {
        var text = date.ToString("dddd 'd.' d. MMMM yyyy", Culture);
        return time is { } t ? $"{text} kl. {t.ToString("HH':'mm", Culture)}" : text;
    }

    /// <summary>"kl. 13:30–16:00", or "kl. 13:30" without an end.</summary>
    public static string TimeRange(TimeOnly start, TimeOnly? end) =>
        end is { } e ? $"kl. {start.ToString("HH':'mm", Culture)}–{e.ToString("HH':'mm", Culture)}" : $"kl. {start.ToString("HH':'mm", Culture)}";

    /// <summary>"17. februar 2026".</summary>
    public static string MediumDate(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], Culture) + text[1..];

    /// <summary>"1 punkt", "7 punkter".</summary>
    public static string Count(int count, string singular, string plural) =>
        $"{count.ToString(Culture)} {(count == 1 ? singular : plural)}";
}
