using System.Text.RegularExpressions;
using Referater.Site.Content;
using YamlDotNet.RepresentationModel;

namespace Referater.Site.Validation;

/// <summary>
/// Diagnostics about a closed punkt say where and what is wrong, never what its private fields hold: a build log is
/// often public, and a message quoting a case number, a caseworker, a grid code or an attachment's name would publish
/// it there. Every value of the punkt's private keys is replaced by "[skjult]" in its messages.
/// </summary>
public static class ClosedItemDiagnostics
{
    public const string Hidden = "[skjult]";

    /// <summary>Moves one punkt's diagnostics to the run's, hiding its private values when it is closed.</summary>
    public static void Transfer(FrontMatter frontMatter, DiagnosticBag from, DiagnosticBag to)
    {
        var secrets = IsClosed(frontMatter) ? PrivateValues(frontMatter) : [];
        foreach (var diagnostic in from.Sorted())
        {
            to.Add(secrets.Count == 0 ? diagnostic : diagnostic with { Message = Redact(diagnostic.Message, secrets) });
        }
    }

    public static string Redact(string message, IReadOnlyList<string> secrets)
    {
        foreach (var secret in secrets)
        {
            // Whole values only: a grid code such as "BY" must not eat the letters of other words.
            message = Regex.Replace(message, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(secret)}(?![\p{{L}}\p{{N}}])", Hidden, RegexOptions.CultureInvariant);
        }
        return message;
    }

    /// <summary>The files the closed punkter among these list (<c>bilag: - fil: …</c>).</summary>
    public static IReadOnlySet<string> PrivateFiles(IEnumerable<FrontMatter> items) =>
        items.Where(IsClosed)
            .SelectMany(item => item.TryGet("bilag", out _, out var value) ? value.AllNodes.OfType<YamlMappingNode>() : [])
            .SelectMany(attachment => attachment.Children.Where(pair => (pair.Key as YamlScalarNode)?.Value == "fil").Select(pair => (pair.Value as YamlScalarNode)?.Value?.Trim()))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    private static bool IsClosed(FrontMatter frontMatter) =>
        frontMatter.TryGet("lukket", out _, out var value) && value is YamlScalarNode { Value: { } text }
        && text.Trim().ToLowerInvariant() is "true" or "ja";

    /// <summary>Every value under a key whose value is not published, longest first (so that a longer value is hidden whole).</summary>
    private static List<string> PrivateValues(FrontMatter frontMatter) =>
        frontMatter.Keys
            .Where(key => !PersonalDataGuard.ClosedItemPublicKeys.Contains(key) && key != "lukket")
            .SelectMany(key => frontMatter.TryGet(key, out _, out var value) ? value.AllNodes.OfType<YamlScalarNode>() : [])
            .Select(scalar => scalar.Value?.Trim())
            .OfType<string>()
            .Where(text => text.Length > 0 && text is not ("titel" or "fil"))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(text => text.Length)
            .ToList();
}
