namespace Referater.Site.Content;

/// <summary>The Danish month names as minutes write them in dates ("17. februar 2026"), January first.</summary>
public static class DanishMonths
{
    public static IReadOnlyList<string> Names { get; } =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    /// <summary>1–12 for a month name or its abbreviation ("feb", "sept"), 0 for anything else.</summary>
    public static int NumberOf(string nameOrAbbreviation)
    {
        var text = nameOrAbbreviation.ToLowerInvariant();
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i].StartsWith(text, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        return 0;
    }
}
