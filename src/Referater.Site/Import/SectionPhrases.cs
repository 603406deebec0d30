namespace Referater.Site.Import;

/// <summary>
/// Phrases that open a punkt's recommendation or decision without a label word: who recommends ("Administrationen
/// indstiller, at …"), and which body decided when ("Byrådet, 16.12.2014 Godkendt."). One spelling for the labels that
/// read whole lines and for the splitter that finds them inside text run together.
/// </summary>
internal static class SectionPhrases
{
    /// <summary>Who makes a punkt's recommendation: "Direktøren for …", "Administrationen", "Forvaltningen" ….</summary>
    public const string Recommender =
        @"(?:(?:kommunal|viceadm\.?\s*)?direktøren|direktionen|direktør|forvaltningen|administrationen|kommunaldirektøren|borgmesteren|formanden|chefen|stabschefen|afdelingen|sekretariatet|centret|centeret|fagcentret|staben|udvalgsformanden|valggruppe)";

    /// <summary>How the name of a body that decides ends: "…udvalget", "Byrådet", "Kommunalbestyrelsen", "…nævnet" ….</summary>
    public const string BodyEnding =
        @"(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelse(?:n)?|råd(?:et)?|bestyrelse(?:n)?|nævn(?:et)?|forsamling(?:en)?|direktion(?:en)?|regionsråd(?:et)?|komité(?:en)?|forum)";

    /// <summary>A date as decision labels write it: 17-02-2026, 17.02.2026, 17. februar 2026, 2026-02-17.</summary>
    public const string Date = @"(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})";

    /// <summary>A date in digits only, which prose seldom puts right after a body's name.</summary>
    public const string NumericDate = @"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}";
}
