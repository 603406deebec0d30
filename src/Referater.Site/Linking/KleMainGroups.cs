using System.Collections.Immutable;
using YamlDotNet.Serialization;

namespace Referater.Site.Linking;

/// <summary>KLE's main groups by number (<c>15</c> → Arbejdsmarked og beskæftigelsesindsats), read from the embedded list.</summary>
public static class KleMainGroups
{
    private const string ResourceName = "Referater.Site.Linking.kle-hovedgrupper.yml";

    public static ImmutableSortedDictionary<string, string> Titles { get; } = Load();

    /// <summary>"15 Arbejdsmarked og beskæftigelsesindsats"; a number KLE does not know is shown as the number alone.</summary>
    public static string Label(string group) =>
        Titles.TryGetValue(group, out var title) ? $"{group} {title}" : $"{group} (ukendt KLE-hovedgruppe)";

    /// <summary>"Arbejdsmarked og beskæftigelsesindsats"; a number KLE does not know is named as a main group by its number.</summary>
    public static string Title(string group) => Titles.TryGetValue(group, out var title) ? title : $"KLE-hovedgruppe {group}";

    private static ImmutableSortedDictionary<string, string> Load()
    {
        using var stream = typeof(KleMainGroups).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The list of KLE main groups ({ResourceName}) is not embedded.");
        using var reader = new StreamReader(stream);
        var titles = new DeserializerBuilder().Build().Deserialize<Dictionary<string, string>>(reader);
        return titles.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }
}
