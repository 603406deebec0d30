using System.Collections.Immutable;

namespace Referater.Site.Content;

/// <summary>The names of the KLE main groups (the first two digits of a KLE journal number), as KL publishes them.</summary>
public static class KleMainGroups
{
    public static ImmutableSortedDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["00"] = "Kommunens styrelse",
        ["01"] = "Fysisk planlægning og naturbeskyttelse",
        ["02"] = "Byggeri",
        ["03"] = "Boliger",
        ["04"] = "Parker, fritids-/idrætsanlæg og landskabspleje mv.",
        ["05"] = "Veje og trafik",
        ["06"] = "Spildevand og vandløb",
        ["07"] = "Affald og genanvendelse",
        ["08"] = "Havne og lufthavne",
        ["09"] = "Miljøbeskyttelse",
        ["13"] = "Forsyning",
        ["14"] = "Beredskab",
        ["15"] = "Arbejdsmarked og beskæftigelsesindsats",
        ["17"] = "Folkeskoleundervisning",
        ["18"] = "Folkeoplysning og ungdomsskoler",
        ["19"] = "Kulturhistoriske institutioner",
        ["20"] = "Kulturvirksomhed",
        ["21"] = "Biblioteker",
        ["22"] = "Regulering af private erhverv",
        ["23"] = "Borgerlige forhold",
        ["24"] = "Erhvervsforhold",
        ["25"] = "Beskatning",
        ["27"] = "Social service",
        ["28"] = "Dagtilbud",
        ["29"] = "Sundhed",
        ["30"] = "Andre myndigheders opgaver",
        ["32"] = "Kontante ydelser",
        ["54"] = "Uddannelse",
        ["81"] = "Kommunens personale",
        ["82"] = "Kommunens ejendomme og lokaler",
        ["83"] = "Kommunens driftsmidler og inventar",
        ["84"] = "Offentlige valg",
        ["85"] = "Kommunens administrative systemer",
        ["86"] = "Kommunens selvforsyning og fremstillingsvirksomhed",
        ["87"] = "Kommunens arbejdsmiljø",
        ["88"] = "Kommunens indkøb og udbud",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>"15 Arbejdsmarked og beskæftigelsesindsats"; a group KLE does not name is shown by its number alone.</summary>
    public static string Label(string group) => Names.TryGetValue(group, out var name) ? $"{group} {name}" : group;
}
