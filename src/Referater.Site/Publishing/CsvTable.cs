using System.Text;

namespace Referater.Site.Publishing;

/// <summary>
/// A CSV file as Danish spreadsheets open it by double-click: fields separated by semicolons (the list separator of a
/// Danish Windows, which Excel expects), UTF-8 with a byte order mark (or Excel reads æ, ø and å wrongly), and
/// otherwise as RFC 4180 has it: CRLF after every record, a field quoted when it holds the separator, a quote or a
/// line break, quotes doubled.
/// </summary>
public sealed class CsvTable
{
    public const char Separator = ';';

    private readonly string[] _header;
    private readonly bool _withHeader;
    private readonly StringBuilder _text = new();

    public CsvTable(params string[] header)
        : this(header, withHeader: true)
    {
    }

    private CsvTable(string[] header, bool withHeader)
    {
        _header = header;
        _withHeader = withHeader;
        if (withHeader)
        {
            Line(header);
        }
    }

    /// <summary>Rows without the byte order mark and the header: a part of a table joined from many (<see cref="Pipeline.FileParts"/>).</summary>
    public static CsvTable Rows(params string[] header) => new(header, withHeader: false);

    public CsvTable Row(params string?[] fields)
    {
        if (fields.Length != _header.Length)
        {
            throw new ArgumentException($"A row has {_header.Length} fields, not {fields.Length}.", nameof(fields));
        }
        Line(fields);
        return this;
    }

    public byte[] ToBytes() => _withHeader
        ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())]
        : Encoding.UTF8.GetBytes(_text.ToString());

    private void Line(IEnumerable<string?> fields) => _text.AppendJoin(Separator, fields.Select(Field)).Append("\r\n");

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
