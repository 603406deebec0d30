using System.Text;

namespace Referater.Site.Validation;

/// <summary>
/// What a diagnostic may print. Build logs on a host are often public, and a message quotes the value it is about:
/// every number that could be a CPR number is shown with its serial part hidden, whichever rule wrote the message.
/// Content also reaches a terminal through messages, so control characters (an escape sequence can rewrite the
/// screen, hide lines or set the window title) and direction overrides are shown as their code, not obeyed.
/// </summary>
public static class DiagnosticText
{
    public static string Clean(string text) => Neutralise(CprNumbers.MaskAll(text));

    /// <summary>A value quoted in a message on one line: every control character in it, line breaks too, shown as its code.</summary>
    public static string Quote(string value) =>
        string.Concat(value.Select(ch => char.IsControl(ch) || ch is '\u2028' or '\u2029' ? $"\\u{(int)ch:X4}" : ch.ToString()));

    /// <summary>Line feeds and tabs stay (messages use them); every other control or direction character becomes <c>\u001B</c>.</summary>
    public static string Neutralise(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            if (IsUnsafe(ch))
            {
                builder.Append($"\\u{(int)ch:X4}");
            }
            else
            {
                builder.Append(ch);
            }
        }
        return builder.ToString();
    }

    private static bool IsUnsafe(char ch) =>
        (char.IsControl(ch) && ch is not ('\n' or '\t'))
        || ch is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
