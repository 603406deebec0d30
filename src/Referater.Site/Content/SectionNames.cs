namespace Referater.Site.Content;

/// <summary>
/// The names of a punkt's level-2 sections that readers and the site rely on. The decision is found by its name, so
/// a heading that misses it by a letter or a colon would leave a referat without its decision: those are reported.
/// </summary>
public static class SectionNames
{
    public const string Decision = "Beslutning";

    public const string Recommendation = "Indstilling";

    /// <summary>Sections that referater have, in the words they use. A heading close to one of these is probably meant as it.</summary>
    public static readonly IReadOnlyList<string> Known =
    [
        "Resume", "Sagsfremstilling", Recommendation, Decision, "Bilag", "Økonomi", "Historik", "Bemærkninger",
        "Baggrund", "Høring", "Lovgrundlag", "Kommunikation", "Sagsbeskrivelse", "Tidligere beslutninger",
        "Beslutningskompetence", "Sagens kerne", "Vurdering", "Konsekvenser", "Tidsplan", "Proces",
    ];

    /// <summary>
    /// Whether a heading holds the punkt's decision: "Beslutning", or "Beslutning" followed by where and when
    /// ("Beslutning i Økonomiudvalget den 3. marts 2026"), but not another word that starts the same way
    /// ("Beslutningskompetence").
    /// </summary>
    public static bool IsDecision(string heading) =>
        heading.Equals(Decision, StringComparison.OrdinalIgnoreCase)
        || (heading.StartsWith(Decision + " ", StringComparison.OrdinalIgnoreCase));

    /// <summary>The known name a heading seems to mean but does not write exactly, or null (a known name, or another heading).</summary>
    public static string? NearMiss(string heading)
    {
        var text = heading.Trim();
        if (Known.Any(k => k.Equals(text, StringComparison.OrdinalIgnoreCase)) || IsDecision(text))
        {
            return null;
        }
        var bare = text.TrimEnd(':', '.', ' ');
        foreach (var name in Known)
        {
            if (bare.Equals(name, StringComparison.OrdinalIgnoreCase) || IsInflected(bare, name))
            {
                return name;
            }
        }
        // A typo: a letter or two off, on a name long enough that two letters do not make another word.
        return Known
            .Where(name => name.Length >= 6)
            .Select(name => (Name: name, Distance: Validation.Suggestions.Distance(bare.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(c => c.Distance is > 0 and <= 2)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>The plural or definite form of a name (Beslutninger, Beslutningen, Indstillingerne, Bilagene).</summary>
    private static bool IsInflected(string text, string name) =>
        text.StartsWith(name, StringComparison.OrdinalIgnoreCase)
        && text[name.Length..].ToLowerInvariant() is "er" or "en" or "erne" or "et" or "ene" or "e";
}
