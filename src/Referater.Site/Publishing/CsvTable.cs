using System.Text;

namespace Referater.Site.Publishing;

/// <summary>
/// A CSV file as Danish spreadsheets open it by double-click: fields separated by semicolons (the list separator of a
/// Danish Windows, which Excel expects), UTF-8 with a byte order mark (or Excel reads æ, ø and å wrongly), and
/// otherwise as RFC 4180 has it: CRLF after every record, a field quoted when it holds the separator, a quote or a
/// line break, quotes doubled.
/// </summary>
public sealed class CsvTable(params string[] header)
{
    public const char Separator = ';';

    private readonly StringBuilder _text = new StringBuilder().AppendJoin(Separator, header.Select(Field)).Append("\r\n");

    public CsvTable Row(params string?[] fields)
    {
        if (fields.Length != header.Length)
        {
            throw new ArgumentException($"A row has {header.Length} fields, not {fields.Length}.", nameof(fields));
        }
        _text.AppendJoin(Separator, fields.Select(Field)).Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        // A spreadsheet runs a field that starts like a formula ("=HYPERLINK(…)"): content is untrusted, so such a
        // field starts with an apostrophe and stays text. A list item ("- punkt") is not a formula and is left alone.
        if (value[0] is '=' or '+' or '@' or '\t' || (value[0] == '-' && value.Length > 1 && value[1] != ' '))
        {
            value = "'" + value;
        }
        // Line breaks inside a field are CRLF too, so that the whole file keeps one line ending.
        var normalised = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", "\r\n", StringComparison.Ordinal);
        return normalised.AsSpan().IndexOfAny(";,\"\r\n") >= 0 ? $"\"{normalised.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : normalised;
    }
}
