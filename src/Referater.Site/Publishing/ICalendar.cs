using System.Text;

namespace Referater.Site.Publishing;

/// <summary>
/// Writes iCalendar content lines (RFC 5545 §3.1): CRLF after every line, lines longer than 75 octets folded
/// with CRLF and a space, never inside a UTF-8 character; text values escaped (§3.3.11).
/// </summary>
public sealed class ICalendar
{
    private const int MaxOctets = 75;

    private readonly StringBuilder _text = new();

    /// <summary>A property whose value is written as it is (dates, URIs, codes).</summary>
    public ICalendar Line(string nameAndParameters, string value)
    {
        var line = $"{nameAndParameters}:{value}";
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxOctets)
            {
                _text.Append("\r\n ");
                octets = 1;
            }
            _text.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }
        _text.Append("\r\n");
        return this;
    }

    /// <summary>A property of type TEXT.</summary>
    public ICalendar Text(string nameAndParameters, string value) => Line(nameAndParameters, Escape(value));

    /// <remarks>Control characters other than line breaks are not allowed in TEXT (§3.3.11) and are left out.</remarks>
    public static string Escape(string text) => string.Concat(text.Where(c => !char.IsControl(c) || c is '\r' or '\n'))
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace("\r", "\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    public byte[] ToBytes() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(_text.ToString());

    public override string ToString() => _text.ToString();
}
