using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>
/// The text of a line as the recognisers compare it: the same referat arrives as plain text from a PDF or as
/// Markdown from a web page, so heading markers and bold wrappers must not change what a line means.
/// </summary>
public static partial class LineText
{
    [GeneratedRegex(@"^(?<marks>#{1,6})\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"\[(?<text>(?:\\.|[^\]\\])*)\]\(\s*#?\s*\)")]
    private static partial Regex LostLinkPattern();

    [GeneratedRegex(@"\[(?<text>(?:\\.|[^\]\\])*)\]\([^)\s]*\)")]
    private static partial Regex AnyLinkPattern();

    [GeneratedRegex(@"\\(?<ch>[()\[\]|])")]
    private static partial Regex EscapedPattern();

    /// <summary>The Markdown heading level of a line (0 when it is no heading), and its text without the marks.</summary>
    public static (int Level, string Text) Heading(string trimmed)
    {
        var match = HeadingPattern().Match(trimmed);
        return match.Success ? (match.Groups["marks"].Length, match.Groups["text"].Value) : (0, trimmed);
    }

    /// <summary>A line without heading marks, bold markers and lost links: what it says, not how it was set.</summary>
    public static string Plain(string text)
    {
        var (_, withoutMarks) = Heading(text.Trim());
        return WithoutLostLinks(withoutMarks.Replace("**", "").Replace("__", "")).Trim();
    }

    /// <summary>
    /// Links whose target the extraction lost (<c>[text](#)</c>) would publish a link to nowhere: keep their text.
    /// </summary>
    public static string WithoutLostLinks(string text) =>
        text.Contains("](", StringComparison.Ordinal)
            ? LostLinkPattern().Replace(text, m => EscapedPattern().Replace(m.Groups["text"].Value, e => e.Groups["ch"].Value))
            : text;

    /// <summary>Every link as its text (an attachment title is a title, not a link).</summary>
    public static string WithoutLinks(string text) =>
        text.Contains("](", StringComparison.Ordinal)
            ? AnyLinkPattern().Replace(text, m => EscapedPattern().Replace(m.Groups["text"].Value, e => e.Groups["ch"].Value))
            : text;

    /// <summary>Text wrapped whole in emphasis (<c>**Beslutning**</c>, <c>*Baggrund*</c>) without the wrapper.</summary>
    public static string WithoutWrappingEmphasis(string text)
    {
        var result = text.Trim();
        foreach (var wrapper in new[] { "**", "__", "*", "_" })
        {
            if (result.Length > 2 * wrapper.Length && result.StartsWith(wrapper, StringComparison.Ordinal) && result.EndsWith(wrapper, StringComparison.Ordinal))
            {
                result = result[wrapper.Length..^wrapper.Length].Trim();
            }
        }
        return result;
    }

    /// <summary>A line in capitals ("ØKONOMI/PERSONALEFORHOLD") as a heading is written: "Økonomi/personaleforhold".</summary>
    public static string SentenceCase(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count < 2 || letters.Any(char.IsLower))
        {
            return text;
        }
        var lower = text.ToLower(System.Globalization.CultureInfo.GetCultureInfo("da-DK"));
        var first = lower.IndexOf(lower.First(char.IsLetter));
        return lower[..first] + char.ToUpper(lower[first], System.Globalization.CultureInfo.GetCultureInfo("da-DK")) + lower[(first + 1)..];
    }

    /// <summary>Splits "A, B og C" into names; "-" and "Ingen" mean none.</summary>
    public static IEnumerable<string> Names(string value) =>
        value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(part => part.Split(" og ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(name => name.Trim().TrimEnd('.').Trim())
            .Where(name => name.Length > 0 && name != "-" && !name.Equals("ingen", StringComparison.OrdinalIgnoreCase));

    /// <summary>A title's letters and digits in lower case: the same title however it was spaced, punctuated or capitalised.</summary>
    public static string Comparable(string text) => new string(text.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    /// <summary>Two titles that are the same when compared as <see cref="Comparable"/>, and not empty.</summary>
    public static bool SameTitle(string a, string b) => Comparable(a) is { Length: > 0 } x && x == Comparable(b);
}
