using System.Globalization;
using System.Text;

namespace Referater.Site.Validation;

/// <summary>
/// Text as a reader sees it, for finding numbers in it: every kind of decimal digit (fullwidth, Arabic-Indic,
/// mathematical …) as its ASCII digit, every dash and minus sign as '-', every space as ' ', and the characters a
/// browser does not show (soft hyphens, zero-width spaces and joiners, direction marks) left out. A number written
/// with any of them reads the same on the page as one written plainly, so it must be found the same.
/// </summary>
public static class PublishedText
{
    /// <summary>The normalised text, and for each of its characters the index in the original text where it came from.</summary>
    public readonly record struct Normalised(string Text, int[]? Map)
    {
        public int OriginalIndex(int index) => Map is null ? index : index < Map.Length ? Map[index] : Map.Length == 0 ? 0 : Map[^1] + 1;
    }

    public static Normalised Normalise(string text)
    {
        var plain = true;
        foreach (var ch in text)
        {
            if (ch >= 0x80 || ch is '\t' or '\n' or '\r')
            {
                plain = false;
                break;
            }
        }
        if (plain)
        {
            return new Normalised(text, null);
        }
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var width = char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var mapped = Map(text, i, width);
            if (mapped is { } value)
            {
                builder.Append(value);
                map.Add(i);
            }
            i += width - 1;
        }
        return new Normalised(builder.ToString(), [.. map]);
    }

    private static char? Map(string text, int index, int width)
    {
        var ch = text[index];
        if (ch < 0x80)
        {
            return ch is '\t' or '\n' or '\r' ? ' ' : ch;
        }
        if (IsInvisible(ch))
        {
            return null;
        }
        if (width == 1 && char.IsWhiteSpace(ch))
        {
            return ' ';
        }
        var digit = CharUnicodeInfo.GetDecimalDigitValue(text, index);
        if (digit >= 0)
        {
            return (char)('0' + digit);
        }
        if (width == 1 && CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.DashPunctuation || ch is '\u2212' or '\u2043' or '\u02D7' or '\uFE63' or '\uFF0D')
        {
            return '-';
        }
        if (ch is >= '\u00C0' and <= '\u024F')
        {
            return ch;
        }
        // Fullwidth and other compatibility forms of letters and punctuation ("ＣＰＲ", "：") read as their plain letters.
        var compatible = text.Substring(index, width).Normalize(NormalizationForm.FormKC);
        return compatible.Length == 1 && compatible[0] < 0x80 ? compatible[0] : ch;
    }

    /// <summary>Characters a page does not show: soft hyphen, zero-width space/joiners, word joiner, BOM, direction marks.</summary>
    /// <summary>A character a browser does not show, left out of the normalised text.</summary>
    public static bool IsInvisible(char ch) =>
        ch is '\u00AD' or '\u034F' or '\u061C' or '\u180E' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E')
            or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u206F') or '\uFEFF';
}
