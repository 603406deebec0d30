using System.Globalization;

namespace Referater.Site.Rendering;

/// <summary>Dates and numbers as Danish readers expect them. The culture is always passed explicitly.</summary>
public static class DanishText
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("da-DK");

    public static StringComparer Comparer { get; } = StringComparer.Create(Culture, ignoreCase: false);

    /// <summary>"Tirsdag d. 17. februar 2026 kl. 13:30". The time separator is written literally: da-DK's is '.'.</summary>
    public static string LongDate(DateOnly date, TimeOnly? time = null)
    {
        var text = Capitalise(date.ToString("dddd 'd.' d. MMMM yyyy", Culture));
        return time is { } t ? $"{text} kl. {t.ToString("HH':'mm", Culture)}" : text;
    }

    /// <summary>"17. februar 2026".</summary>
    public static string MediumDate(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], Culture) + text[1..];

    /// <summary>"1 punkt", "7 punkter".</summary>
    public static string Count(int count, string singular, string plural) =>
        $"{count.ToString(Culture)} {(count == 1 ? singular : plural)}";
}
