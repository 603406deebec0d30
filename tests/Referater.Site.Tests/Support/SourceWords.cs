using System.Text.RegularExpressions;

namespace Referater.Site.Tests.Support;

/// <summary>How many of a source referat's distinct words survive into content written from it.</summary>
public static partial class SourceWords
{
    /// <summary>
    /// Labels of the printed layout that the content format holds as structure instead of text: the header line
    /// ("REFERAT", "Mødedato Tirsdag d. … kl. …"), the table of contents, "Punkt N:", the grid with its X marks,
    /// the caseworker labels and the attachment heading.
    /// </summary>
    private static readonly HashSet<string> StructuralLabels =
        ["REFERAT", "Mødedato", "Mødested", "Tirsdag", "d", "kl", "Indholdsfortegnelse", "Punkt", "Kommunikation", "X", "x",
         "Sagsbehandler", "Øvrige", "sagsbehandlere", "Bilag"];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    /// <summary>Asserts that at least 99% of the source's distinct words (bar the structural labels) are in the content.</summary>
    public static void AssertMostSurvive(string source, string content)
    {
        var contentWords = Words(content).ToHashSet(StringComparer.Ordinal);
        var sourceWords = Words(source).Distinct(StringComparer.Ordinal).Where(w => !StructuralLabels.Contains(w)).ToList();
        var missing = sourceWords.Where(w => !contentWords.Contains(w)).ToList();
        var coverage = 1.0 - (double)missing.Count / sourceWords.Count;
        Assert.True(sourceWords.Count > 500, "the seed texts are whole referater");
        Assert.True(coverage >= 0.99, $"{coverage:P1} of the words survive; missing: {string.Join(", ", missing)}");
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);
}
