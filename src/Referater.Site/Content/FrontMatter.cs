using YamlDotNet.RepresentationModel;
using Referater.Site.Validation;

namespace Referater.Site.Content;

/// <summary>
/// The YAML between the <c>---</c> lines at the top of a Markdown file, and the body after it.
/// Keeps every key's position, so that a diagnostic points at the line an editor must change.
/// </summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries;

    private FrontMatter(SourceText source, Dictionary<string, (YamlScalarNode, YamlNode)> entries, string body, int bodyLine)
    {
        Source = source;
        _entries = entries;
        Body = body;
        BodyLine = bodyLine;
    }

    public SourceText Source { get; }

    public string Body { get; }

    /// <summary>The 1-based line of the file on which the body starts.</summary>
    public int BodyLine { get; }

    public IEnumerable<string> Keys => _entries.Keys;

    /// <summary>Front matter starts on line 2, after the opening <c>---</c>.</summary>
    private const int YamlLineOffset = 1;

    /// <summary>Where the YAML starts in the file's text: YAML positions plus this are positions in the file.</summary>
    public int YamlOffset => YamlStart;

    private const int YamlStart = 4;

    public static FrontMatter? Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(source.DisplayPath, 1, 1, "RS0010",
                "filen er tom. Skriv metadata (nøgler som 'titel: …') mellem to linjer med '---' øverst i filen, eller slet filen.");
            return null;
        }
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Error(source.DisplayPath, 1, 1, "RS0011",
                "filen skal begynde med en linje med '---', så dens metadata kan læses. Skriv '---' på første linje og igen efter den sidste nøgle.");
            return null;
        }
        var end = FindClosingFence(text);
        if (end < 0)
        {
            diagnostics.Error(source.DisplayPath, 1, 1, "RS0012",
                "metadata afsluttes aldrig. Skriv en linje med '---' efter den sidste nøgle.");
            return null;
        }
        var yaml = text[YamlStart..end];
        var afterFence = text.IndexOf('\n', end);
        var body = afterFence < 0 ? "" : text[(afterFence + 1)..];
        var bodyLine = CountLines(text, afterFence < 0 ? text.Length : afterFence + 1);

        var stream = YamlText.Load(yaml, out var problem);
        if (stream is null)
        {
            diagnostics.Error(source.DisplayPath, problem!.Line + YamlLineOffset, problem.Column, problem.Code ?? "RS0014",
                problem.Code is not null ? problem.Message : $"metadata kan ikke læses: {problem.Message}.");
            return null;
        }
        YamlMappingNode mapping;
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            mapping = new YamlMappingNode();
        }
        else if (stream.Documents[0].RootNode is YamlMappingNode root)
        {
            mapping = root;
        }
        else
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Error(source.DisplayPath, (int)node.Start.Line + YamlLineOffset, (int)node.Start.Column, "RS0013",
                "metadata skal bestå af nøgler og værdier, én pr. linje, fx 'titel: Orientering om …'.");
            return null;
        }

        var entries = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                diagnostics.Error(source.DisplayPath, Line(keyNode), Column(keyNode), "RS0015", "en nøgle skal være et ord, fx 'titel'.");
                continue;
            }
            entries[key] = (scalarKey, valueNode);
        }
        return new FrontMatter(source, entries, body, bodyLine);
    }

    /// <summary>
    /// The body of a file whose metadata were read before, without reading them again: the text after the closing fence
    /// and the line it starts on; null when the file has no metadata fences.
    /// </summary>
    public static (string Body, int Line)? BodyOf(SourceText source)
    {
        var text = source.Text;
        var end = text.StartsWith("---\n", StringComparison.Ordinal) ? FindClosingFence(text) : -1;
        if (end < 0)
        {
            return null;
        }
        var afterFence = text.IndexOf('\n', end);
        return afterFence < 0 ? ("", CountLines(text, text.Length)) : (text[(afterFence + 1)..], CountLines(text, afterFence + 1));
    }

    public static int Line(YamlNode node) => (int)node.Start.Line + YamlLineOffset;

    public static int Column(YamlNode node) => (int)Math.Max(1, node.Start.Column);

    public bool Has(string key) => _entries.ContainsKey(key);

    public bool TryGet(string key, out YamlScalarNode keyNode, out YamlNode value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            (keyNode, value) = entry;
            return true;
        }
        keyNode = null!;
        value = null!;
        return false;
    }

    /// <summary>The line of a key, or of the opening fence when the key is missing (that is where it should be added).</summary>
    public int LineOf(string key) => _entries.TryGetValue(key, out var entry) ? Line(entry.Key) : 1;

    public int ColumnOf(string key) => _entries.TryGetValue(key, out var entry) ? Column(entry.Key) : 1;

    /// <summary>The index of the line that closes the front matter, or -1.</summary>
    private static int FindClosingFence(string text)
    {
        var lineStart = 4;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
            if (line.TrimEnd() == "---")
            {
                return lineStart;
            }
            if (lineEnd < 0)
            {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static int CountLines(string text, int upTo)
    {
        var line = 1;
        for (var i = 0; i < upTo && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }
        return line;
    }
}
