using System.Text;
using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>Front matter values written the way an editor would write them: plain where YAML allows, quoted where it must.</summary>
public static partial class YamlText
{
    [GeneratedRegex(@"^[\p{L}\p{N}(][^\n]*$")]
    private static partial Regex PlainStartPattern();

    [GeneratedRegex(@"^(?:true|false|yes|no|on|off|null|~|[-+]?\d+(?:[.,]\d+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmbiguousPattern();

    public static string Scalar(string value) =>
        PlainStartPattern().IsMatch(value) && !AmbiguousPattern().IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':') && value == value.Trim()
        && !(char.IsDigit(value[0]) && value.Contains(' '))
            ? value
            : Quoted(value);

    /// <summary>A flow list (<c>[DIR, BFU]</c>), quoting the items a flow list cannot hold plain.</summary>
    public static string List(IEnumerable<string> values) =>
        "[" + string.Join(", ", values.Select(v => v.IndexOfAny([',', '[', ']', '{', '}']) >= 0 ? Quoted(v) : Scalar(v))) + "]";

    public static string Quoted(string value)
    {
        var builder = new StringBuilder("\"", value.Length + 2);
        foreach (var ch in value)
        {
            builder.Append(ch switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                _ => ch.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
