using System.Text.RegularExpressions;
using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>
/// The facts a punkt states before its prose: the case number (bare, or as "Sagsnr."/"Sagsnummer"/"Sagsid."),
/// the caseworkers, and whether the punkt is closed.
/// </summary>
public sealed partial class ItemLabels(SiteConfig config)
{
    [GeneratedRegex(@"^(?:sagsnr|sags\s*nr|sagsnummer|sagsid|sags-id|sag\s*nr|j\.?\s*nr|journalnr|journalnummer)\.?\s*:?\s*(?<value>\S+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledCasePattern();

    [GeneratedRegex(@"^(?<label>øvrige\s+sagsbehandlere|sagsbehandlere|sagsbehandler|sagsansvarlig)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseworkerPattern();

    [GeneratedRegex(@"^(?:lukket\s+punkt|lukket\s+sag|lukket|punktet\s+(?:er\s+lukket|behandles\s+for\s+lukkede\s+døre))\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosedPattern();

    [GeneratedRegex(@"^(?:åbent\s+punkt|åben\s+sag|åbent)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenPattern();

    [GeneratedRegex(@"^\(?\s*lukket(?:\s+punkt)?\s*\)?\s*[:\-–]\s*(?<rest>.+)$|^(?<rest>.+?)\s*(?:[-–:]\s*|\()\s*lukket(?:\s+punkt)?\s*\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosedTitlePattern();

    /// <summary>The case number a line states, or null. A bare number counts only in a form case numbers take.</summary>
    public string? CaseNumber(string plain)
    {
        var labelled = LabelledCasePattern().Match(plain);
        if (labelled.Success)
        {
            return labelled.Groups["value"].Value.TrimEnd('.', ',');
        }
        return Content.CaseNumber.IsKle(plain) || config.CaseNumberPattern?.IsMatch(plain) == true ? plain : null;
    }

    public static bool IsCaseNumberLabel(string plain) => LabelledCasePattern().IsMatch(plain);

    /// <summary>"Sagsbehandler: X" (Main) or "Øvrige sagsbehandlere: A, B" (Others); "-" or nothing means none.</summary>
    public static (bool IsOthers, IReadOnlyList<string> Names)? Caseworkers(string plain)
    {
        var match = CaseworkerPattern().Match(plain);
        if (!match.Success)
        {
            return null;
        }
        var label = match.Groups["label"].Value.ToLowerInvariant();
        var others = label.StartsWith("øvrige", StringComparison.Ordinal) || label == "sagsbehandlere";
        return (others, LineText.Names(match.Groups["value"].Value).ToList());
    }

    public static bool IsClosedMarker(string plain) => ClosedPattern().IsMatch(plain);

    /// <summary>"Lukket punkt: Salg af grund" and "Salg af grund (Lukket punkt)": the title, and that the punkt is closed.</summary>
    public static (string Title, bool IsClosed) ClosedTitle(string title)
    {
        // "Punkt 5: Lukket punkt" names nothing else: the title is all there is, and the punkt is closed.
        if (IsClosedMarker(title))
        {
            return (title.TrimEnd('.'), true);
        }
        var match = ClosedTitlePattern().Match(title);
        return match.Success ? (match.Groups["rest"].Value.Trim(), true) : (title, false);
    }

    /// <summary>"Åbent punkt" says what the content format assumes anyway.</summary>
    public static bool IsOpenMarker(string plain) => OpenPattern().IsMatch(plain);
}
