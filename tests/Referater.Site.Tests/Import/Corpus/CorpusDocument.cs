using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Referater.Site.Tests.Import.Corpus;

/// <summary>
/// What a person wrote down about one punkt by reading the source (facts.yml). A punkt the excerpt cuts off
/// (<c>komplet: false</c>) is scored on what it shows: the importer must take it as far as it goes.
/// </summary>
public sealed record ExpectedItem(
    int? Number,
    string? Title,
    string? CaseNumber,
    bool Closed,
    string? Recommendation,
    string? Decision,
    IReadOnlyList<string> Text);

/// <summary>
/// One document of an import corpus: a folder holding the source exactly as published (<c>source.txt</c>, or a saved
/// page or PDF as <c>source.html</c> / <c>source.pdf</c>) and <c>facts.yml</c>, written by reading the source.
/// The folder is named <c>&lt;kommune&gt;-&lt;yyyy-mm-dd&gt;-&lt;udvalg&gt;</c>.
/// </summary>
public sealed record CorpusDocument(
    string Name,
    string Source,
    string Address,
    string? Municipality,
    string? Committee,
    DateOnly? Date,
    string? Time,
    string? Place,
    IReadOnlyList<ExpectedItem> Items)
{
    private static readonly string[] SourceNames = ["source.txt", "source.md", "source.html", "source.htm", "source.pdf"];

    /// <summary>Every document folder under <paramref name="root"/>, in name order.</summary>
    public static IReadOnlyList<CorpusDocument> All(string root) =>
        [.. Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "facts.yml")) && SourceNames.Any(s => File.Exists(Path.Combine(d, s))))
            .Select(Load)];

    /// <summary>The date and committee slug the folder's name carries (what the page's address said).</summary>
    public (DateOnly? Date, string? CommitteeSlug) FromFolderName()
    {
        var parts = Name.Split('-');
        for (var i = 0; i + 2 < parts.Length; i++)
        {
            if (parts[i].Length == 4 && DateOnly.TryParseExact($"{parts[i]}-{parts[i + 1]}-{parts[i + 2]}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (date, i + 3 < parts.Length ? string.Join('-', parts[(i + 3)..]) : null);
            }
        }
        return (null, null);
    }

    private static CorpusDocument Load(string folder)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(folder, "facts.yml")))
        {
            yaml.Load(reader);
        }
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var items = root.Children.TryGetValue(new YamlScalarNode("punkter"), out var list) && list is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>().Select(Item).ToList()
            : [];
        var dateText = Scalar(root, "dato");
        return new CorpusDocument(
            Path.GetFileName(folder),
            SourceNames.Select(s => Path.Combine(folder, s)).First(File.Exists),
            Scalar(root, "kilde") ?? "",
            Scalar(root, "kommune"),
            Scalar(root, "udvalg"),
            dateText is null ? null : DateOnly.ParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Scalar(root, "tid"),
            Scalar(root, "sted"),
            items);
    }

    private static ExpectedItem Item(YamlMappingNode node) => new(
        Scalar(node, "nummer") is { } number ? int.Parse(number, CultureInfo.InvariantCulture) : null,
        Scalar(node, "titel"),
        Scalar(node, "sagsnummer"),
        Scalar(node, "lukket") == "true",
        Scalar(node, "indstilling"),
        Scalar(node, "beslutning"),
        node.Children.TryGetValue(new YamlScalarNode("tekst"), out var text) && text is YamlSequenceNode snippets
            ? [.. snippets.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0)]
            : []);

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } text }
        && text != "null" && text != "~" && !(value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } && text.Length == 0)
            ? text
            : null;
}
