using System.Globalization;
using System.Text.RegularExpressions;

namespace Referater.Site.Content;

/// <summary>What a reader is told about an attachment before opening it: its kind and its size, in Danish.</summary>
public static partial class AttachmentFacts
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static readonly Dictionary<string, string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "PDF",
        [".doc"] = "Word",
        [".docx"] = "Word",
        [".odt"] = "OpenDocument-tekst",
        [".xls"] = "Excel",
        [".xlsx"] = "Excel",
        [".ods"] = "OpenDocument-regneark",
        [".csv"] = "CSV",
        [".ppt"] = "PowerPoint",
        [".pptx"] = "PowerPoint",
        [".odp"] = "OpenDocument-præsentation",
        [".txt"] = "tekst",
        [".png"] = "billede",
        [".jpg"] = "billede",
        [".jpeg"] = "billede",
        [".gif"] = "billede",
        [".webp"] = "billede",
        [".svg"] = "billede",
        [".zip"] = "ZIP",
        [".mp4"] = "video",
        [".mp3"] = "lyd",
    };

    /// <summary>"PDF" for a .pdf; an unknown extension in capitals ("DWG"), nothing for a file without one.</summary>
    public static string? Kind(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return extension.Length < 2 ? null : Kinds.TryGetValue(extension, out var kind) ? kind : extension[1..].ToUpperInvariant();
    }

    /// <summary>"820 bytes", "340 KB", "1,2 MB": decimal units, one decimal below ten, as Danish readers write numbers.</summary>
    public static string Size(long bytes)
    {
        if (bytes < 1000)
        {
            return $"{bytes.ToString(Danish)} bytes";
        }
        var (value, unit) = bytes < 1_000_000 ? (bytes / 1000.0, "KB") : bytes < 1_000_000_000 ? (bytes / 1_000_000.0, "MB") : (bytes / 1_000_000_000.0, "GB");
        return $"{value.ToString(value < 10 ? "0.#" : "0", Danish)} {unit}";
    }

    [GeneratedRegex(@"^[a-z0-9æøå]+(?:[-_][a-z0-9æøå]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameLike();

    /// <summary>Whether a title is written as a file name ("aftale-om-reform-af-beskaeftigelsesindsatsen").</summary>
    public static bool LooksLikeFileName(string title) => FileNameLike().IsMatch(title);

    /// <summary>A title written as a file name as words ("Aftale om reform af beskaeftigelsesindsatsen"); any other title as it is.</summary>
    public static string Readable(string title) =>
        LooksLikeFileName(title) ? char.ToUpper(title[0], Danish) + title[1..].Replace('-', ' ').Replace('_', ' ') : title;
}
