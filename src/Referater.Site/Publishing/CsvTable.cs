using System.Text;

namespace Referater.Site.Publishing;

/// <summary>
/// A CSV file as RFC 4180 has it: CRLF after every record, a field quoted when it holds a comma, a quote or a
/// line break, quotes doubled. UTF-8 with a byte order mark, or Excel reads æ, ø and å wrongly.
/// </summary>
public sealed class CsvTable(params string[] header)
{
    private readonly StringBuilder _text = new StringBuilder().AppendJoin(',', header.Select(Field)).Append("\r\n");

    public CsvTable Row(params string?[] fields)
    {
        if (fields.Length != header.Length)
        {
            throw new ArgumentException($"A row has {header.Length} fields, not {fields.Length}.", nameof(fields));
        }
        _text.AppendJoin(',', fields.Select(Field)).Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        // Line breaks inside a field are CRLF too, so that the whole file keeps one line ending.
        var normalised = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", "\r\n", StringComparison.Ordinal);
        return normalised.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{normalised.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : normalised;
    }
}
