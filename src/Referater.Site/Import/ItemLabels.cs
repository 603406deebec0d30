using System.Text.RegularExpressions;
using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>What a case line says: the case number when it gives one (a label may stand empty: "Sagsid.:").</summary>
public sealed record CaseLine(string? Number, bool Labelled);

/// <summary>
/// The facts a punkt states before its prose: the case number (after a label such as "Sagsnr.", "Sagsid." or "J.nr.",
/// or alone on its line in a form case numbers take), the caseworkers, and document numbers, which are left out.
/// </summary>
public sealed partial class ItemLabels(SiteConfig config, ImportVocabulary vocabulary)
{
    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{2}(?:[-\s]?[A-ZÆØÅ]\d{2})(?:[-\s]?\d+(?:-\d{2,4})?)?$")]
    private static partial Regex KleLikePattern();

    [GeneratedRegex(@"^(?:\d{2}|\d{4})/\d{2,7}(?:-\d+)?$")]
    private static partial Regex YearSlashPattern();

    [GeneratedRegex(@"^\d{2,4}-\d{4}-\d{1,7}$")]
    private static partial Regex SerialPattern();

    [GeneratedRegex(@"^(?=.*\d)[\p{L}\d]+(?:[./\-][\p{L}\d]+)+$")]
    private static partial Regex OpaquePattern();

    [GeneratedRegex(@"^\d{3,}\s*[-–]\s*(?<case>\S+)$")]
    private static partial Regex DocumentThenCasePattern();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex RunningNumberPattern();

    /// <summary>"00.01.00A04 - 2007/34364": the case's KLE classification, then its number.</summary>
    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{2}[-\s]?[A-ZÆØÅ]\d{2}\s+[-–]\s+(?<case>\S+)$")]
    private static partial Regex ClassifiedCasePattern();

    /// <summary>The case line a line is, or null: "Sagsnr.: 15.00.00-A00-3-25", "Sagsid.:" (empty), "20/4282" alone.</summary>
    public CaseLine? CaseNumber(string plain)
    {
        var text = LineText.WithoutWrappingEmphasis(plain).Trim();
        if (vocabulary.Match(text, LabelKind.CaseNumber) is { } label)
        {
            var value = label.Rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.TrimEnd('.', ',', ';');
            if (value is null || value.Length == 0 || value.All(c => c is '.' or '-' or ':'))
            {
                // "Sagsnr.:" alone: the value may stand on the next line, or the case has none.
                return label.Rest.Length == 0 || label.HasColon ? new CaseLine(null, true) : null;
            }
            // "Sag nr. 129" is the agenda's running number; "Sag 3 i aftalen" is prose.
            if (!LooksLikeCaseNumber(value) && !IsSitePattern(value))
            {
                return null;
            }
            return new CaseLine(value, true);
        }
        if (DocumentThenCasePattern().Match(text) is { Success: true } pair && IsBareCaseNumber(pair.Groups["case"].Value))
        {
            return new CaseLine(pair.Groups["case"].Value, false); // "012497 - 2017/12299": document, then case
        }
        if (IsBareCaseNumber(text))
        {
            return new CaseLine(text, false);
        }
        return IsClassifiedCaseLine(text) ? new CaseLine(ClassifiedCase(text), false) : null;
    }

    /// <summary>
    /// The case number of "00.01.00A04 - 2007/34364" (KLE classification, then the number), or null, also where the
    /// line is a classified case line whose number is cut off ("00.01.00K01 - 20").
    /// </summary>
    public static string? ClassifiedCase(string text) =>
        ClassifiedCasePattern().Match(text.Trim()) is { Success: true } match && YearSlashPattern().IsMatch(match.Groups["case"].Value)
            ? match.Groups["case"].Value
            : null;

    /// <summary>"00.01.00A04 - 2007/34364": a case line that opens with the case's KLE classification.</summary>
    public static bool IsClassifiedCaseLine(string text) => ClassifiedCasePattern().IsMatch(text.Trim());

    /// <summary>A value that reads as a case number after a label: digits with separators, and not a date.</summary>
    public static bool LooksLikeCaseNumber(string value)
    {
        var text = value.Trim().TrimEnd('.', ',');
        if (text.Length is < 4 or > 40 || RunningNumberPattern().IsMatch(text))
        {
            return false;
        }
        if (DanishDates.Find(text) is { } date && date.Length >= text.Length - 1)
        {
            return false;
        }
        if (text.All(char.IsAsciiDigit))
        {
            return text.Length is >= 5 and <= 12;
        }
        return Content.CaseNumber.IsKle(text) || KleLikePattern().IsMatch(text) || YearSlashPattern().IsMatch(text)
               || SerialPattern().IsMatch(text) || OpaquePattern().IsMatch(text);
    }

    /// <summary>A line that is nothing but a case number, in a form no prose line takes.</summary>
    public bool IsBareCaseNumber(string text) =>
        Content.CaseNumber.IsKle(text) || KleLikePattern().IsMatch(text) || YearSlashPattern().IsMatch(text)
        || SerialPattern().IsMatch(text) || (IsSitePattern(text) && LooksLikeCaseNumber(text));

    private bool IsSitePattern(string text) => config.CaseNumberPattern?.IsMatch(text) == true;

    /// <summary>"Sagsbehandler: X" (main) or "Øvrige sagsbehandlere: A, B" (others); "-" or nothing means none.</summary>
    public (bool IsOthers, IReadOnlyList<string> Names)? Caseworkers(string plain)
    {
        if (vocabulary.Match(plain, LabelKind.Caseworker, LabelKind.OtherCaseworkers) is not { } label
            || (!label.HasColon && label.Rest.Length > 0 && label.Rest.Split(' ').Length > 4))
        {
            return null;
        }
        return (label.Kind == LabelKind.OtherCaseworkers, LineText.Names(label.Rest).ToList());
    }

    /// <summary>"Dok.nr.: 123456": the document's number in the municipality's archive, which the site has no use for.</summary>
    public bool IsDocumentNumber(string plain) => vocabulary.Match(plain, LabelKind.DocumentNumber) is { } label && (label.HasColon || label.Rest.Length < 30);
}
