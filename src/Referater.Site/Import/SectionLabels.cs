using System.Text.RegularExpressions;

namespace Referater.Site.Import;

public enum SectionKind
{
    Resume,
    Presentation,
    Recommendation,
    Decision,
    Attachments,
    Other,
}

/// <summary>A line that opens a level-2 part of a punkt: its heading in the content format, and whether the line itself is text too.</summary>
public sealed record SectionLabel(string Heading, SectionKind Kind, bool LineIsText = false);

/// <summary>
/// Recognises the labels that open a punkt's parts, whatever the municipality calls them: "Resume"/"Sagsresume",
/// "Sagsfremstilling", "Indstilling" or "Direktøren for … indstiller", "Beslutning" or
/// "Beslutning i &lt;udvalg&gt; den dd-mm-yyyy", "Bilag", and the other parts a punkt may have (Økonomi, Historik …).
/// </summary>
public sealed partial class SectionLabels(string committeeName)
{
    private static readonly Dictionary<string, (string Heading, SectionKind Kind)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["resume"] = ("Resume", SectionKind.Resume),
        ["resumé"] = ("Resume", SectionKind.Resume),
        ["sagsresume"] = ("Resume", SectionKind.Resume),
        ["sagsresumé"] = ("Resume", SectionKind.Resume),
        ["kort resume"] = ("Resume", SectionKind.Resume),
        ["sagsfremstilling"] = ("Sagsfremstilling", SectionKind.Presentation),
        ["sagsbeskrivelse"] = ("Sagsfremstilling", SectionKind.Presentation),
        ["sagens fremstilling"] = ("Sagsfremstilling", SectionKind.Presentation),
        ["indstilling"] = ("Indstilling", SectionKind.Recommendation),
        ["indstillinger"] = ("Indstilling", SectionKind.Recommendation),
        ["forvaltningens indstilling"] = ("Indstilling", SectionKind.Recommendation),
        ["administrationens indstilling"] = ("Indstilling", SectionKind.Recommendation),
        ["beslutning"] = ("Beslutning", SectionKind.Decision),
        ["udvalgets beslutning"] = ("Beslutning", SectionKind.Decision),
        ["bilag"] = ("Bilag", SectionKind.Attachments),
        ["bilagsliste"] = ("Bilag", SectionKind.Attachments),
        ["bilagsfortegnelse"] = ("Bilag", SectionKind.Attachments),
    };

    /// <summary>Parts that stand beside Sagsfremstilling as level-2 headings, rather than inside it.</summary>
    private static readonly HashSet<string> OtherTopLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        "Økonomi", "Økonomiske forhold", "Økonomiske forhold og konsekvenser", "Økonomiske konsekvenser",
        "Økonomi og finansiering", "Bevillingsmæssige konsekvenser", "Personalemæssige konsekvenser",
        "Miljømæssige konsekvenser", "Konsekvenser", "Historik", "Sagens historik", "Sagens tidligere behandling",
        "Tidligere beslutninger", "Bemærkninger", "Lovgrundlag", "Retsgrundlag", "Lovgrundlag og kompetence",
        "Kompetence", "Beslutningskompetence", "Høring", "Høringssvar", "Vurdering", "Administrationens vurdering",
        "Tidsplan", "Kommunikation og inddragelse", "Supplerende sagsfremstilling",
    };

    [GeneratedRegex(@"^(?:direktøren|direktionen|direktør|forvaltningen|administrationen|kommunaldirektøren|borgmesteren|chefen|stabschefen|afdelingen)\b.{0,160}\bindstiller\b[\s,:.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecommendsPattern();

    [GeneratedRegex(@"^beslutning\s+(?:i|fra|på)\s+(?<body>.+?)(?:\s+(?:den|d\.)\s+(?<when>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecisionOfPattern();

    public SectionLabel? Recognise(string plain)
    {
        var text = LineText.WithoutWrappingEmphasis(plain).TrimEnd(':').Trim();
        if (text.Length == 0 || text.Length > 200)
        {
            return null;
        }
        if (Known.TryGetValue(text, out var known))
        {
            return new SectionLabel(known.Heading, known.Kind);
        }
        if (RecommendsPattern().IsMatch(text))
        {
            return new SectionLabel("Indstilling", SectionKind.Recommendation, LineIsText: true);
        }
        if (DecisionOfPattern().Match(text) is { Success: true } decision)
        {
            // The meeting's own decision is "Beslutning"; a decision another body took on the case keeps its heading.
            var body = decision.Groups["body"].Value.Trim();
            var own = body.Equals(committeeName, StringComparison.OrdinalIgnoreCase)
                      || body.Equals("udvalget", StringComparison.OrdinalIgnoreCase);
            return new SectionLabel(own ? "Beslutning" : text, SectionKind.Decision);
        }
        if (OtherTopLevel.Contains(text))
        {
            return new SectionLabel(text, SectionKind.Other);
        }
        return null;
    }
}
