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

/// <summary>
/// A line that opens a level-2 part of a punkt: its heading in the content format, and text that stood on the same
/// line ("Beslutning: Godkendt.", or a whole line that is the first paragraph, "Direktøren for … indstiller,").
/// </summary>
public sealed record SectionLabel(string Heading, SectionKind Kind, string? Text = null);

/// <summary>
/// Recognises the labels that open a punkt's parts, from the vocabulary (labels.yml and site.yml's <c>import:</c>):
/// "Resume"/"SAGSRESUMÉ", "Sagsfremstilling", "Indstilling"/"Anbefaling"/"Forvaltningen foreslår:",
/// "Direktøren for … indstiller", and the decision in all its forms: "Beslutning", "Beslutning i &lt;udvalg&gt; den
/// 17-02-2026", "Beslutning &lt;udvalg&gt; den 18-02-2019", "BESLUTNING: &lt;udvalg&gt; den 19-11-2015",
/// "&lt;udvalg&gt;, 03-04-2019, pkt. 42". The meeting's own decision is "Beslutning"; a decision another body (or the
/// committee at another meeting) took on the case keeps who and when in its heading.
/// </summary>
public sealed partial class SectionLabels(ImportVocabulary vocabulary, string? committeeName, DateOnly? meetingDate)
{
    [GeneratedRegex(@"^(?:(?:kommunal|viceadm\.?\s*)?direktøren|direktionen|direktør|forvaltningen|administrationen|kommunaldirektøren|borgmesteren|formanden|chefen|stabschefen|afdelingen|sekretariatet|centret|centeret|fagcentret|staben|udvalgsformanden|valggruppe)\b.{0,160}\b(?:indstiller|anbefaler|foreslår)\b(?:\s+(?:til|over\s+for|overfor|for)\s+[^.]{0,120}?)?[\s,:.]*(?:at\s*:?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecommendsPattern();

    [GeneratedRegex(@"^(?:(?:i|fra|på|af)\s+)?(?<body>.*?)(?:\s*,?\s*(?:(?:den|d\.)\s*)?(?<when>\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d{4}-\d{2}-\d{2}))?(?:\s*,?\s*(?:pkt|punkt)\.?\s*\d+)?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecisionQualifierPattern();

    [GeneratedRegex(@"^(?<body>[\p{L}][\p{L}\s\-,.&/()§0-9]{2,90}?)(?:\s+(?:den|d\.)|,)\s*(?<when>\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*,?\s*(?:pkt|punkt)\.?\s*\d+)?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyAndDatePattern();

    [GeneratedRegex(@"^(?:(?:i|fra|på)\s+)?(?<body>\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,5}?)\s+(?:den|d\.)\s+(?<text>\p{Lu}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LostDatePattern();

    /// <summary>"Borgerrepræsentationens beslutning i mødet den 12. december 2019".</summary>
    [GeneratedRegex(@"^(?<body>\p{Lu}[\p{L}\-]+(?:\s+[\p{L}\-]+){0,5}?)s\s+beslutning(?:\s+(?:i|på)\s+mødet)?(?:\s+(?:den|d\.))?\s*(?<when>\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodysDecisionPattern();

    [GeneratedRegex(@"(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelse(?:n)?|råd(?:et)?|bestyrelse(?:n)?|nævn(?:et)?|forsamling(?:en)?|direktion(?:en)?|regionsråd(?:et)?|komité(?:en)?|forum|udvalget\s*\(.*\))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyNamePattern();

    private static readonly Dictionary<LabelKind, (string Heading, SectionKind Kind)> Canonical = new()
    {
        [LabelKind.Resume] = ("Resume", SectionKind.Resume),
        [LabelKind.Presentation] = ("Sagsfremstilling", SectionKind.Presentation),
        [LabelKind.Recommendation] = ("Indstilling", SectionKind.Recommendation),
        [LabelKind.Decision] = ("Beslutning", SectionKind.Decision),
        [LabelKind.Attachments] = ("Bilag", SectionKind.Attachments),
    };

    public SectionLabel? Recognise(string plain)
    {
        var text = LineText.WithoutWrappingEmphasis(plain).Trim();
        if (text.Length == 0 || text.Length > 200)
        {
            return null;
        }
        if (vocabulary.Match(text, ImportVocabulary.SectionKinds) is { } label)
        {
            if (label.Kind == LabelKind.Decision && label.Rest.Length > 0 && Decision(label.Rest) is { } decision)
            {
                return decision;
            }
            if (label.Kind == LabelKind.Decision && LostDatePattern().Match(label.Rest) is { Success: true } lost && IsBody(lost.Groups["body"].Value))
            {
                // "BESLUTNING I ØKONOMIUDVALGET DEN Godkendt.": a PDF's text that lost the date, and its line break.
                return DecisionOf(lost.Groups["body"].Value.Trim(), "") with { Text = lost.Groups["text"].Value };
            }
            var (heading, kind) = Canonical.TryGetValue(label.Kind, out var canonical) ? canonical : (Spelled(label), SectionKind.Other);
            if (label.Rest.Length == 0)
            {
                return new SectionLabel(heading, kind);
            }
            if (label.HasColon)
            {
                return new SectionLabel(heading, kind, label.Rest);
            }
            // "Beslutning om ændring af …" is a sentence, not a label; it may still be a recommendation's first line.
        }
        if (RecommendsPattern().IsMatch(text))
        {
            return new SectionLabel("Indstilling", SectionKind.Recommendation, text);
        }
        if (BodysDecisionPattern().Match(text) is { Success: true } bodys)
        {
            return DecisionOf(bodys.Groups["body"].Value.Trim(), bodys.Groups["when"].Value);
        }
        if (vocabulary.Match(text, ImportVocabulary.SectionKinds) is not null)
        {
            return null;
        }
        if (BodyAndDatePattern().Match(text) is { Success: true } bodyAndDate && IsBody(bodyAndDate.Groups["body"].Value))
        {
            return DecisionOf(bodyAndDate.Groups["body"].Value.Trim().TrimEnd(','), bodyAndDate.Groups["when"].Value);
        }
        return null;
    }

    /// <summary>Who took a decision and when, as its label says ("Beslutning i Byrådet den 26-01-2015"), or null.</summary>
    public (string Body, DateOnly Date)? DecidingBody(string plain)
    {
        var text = LineText.WithoutWrappingEmphasis(plain).Trim();
        if (text.Length is 0 or > 200)
        {
            return null;
        }
        Match? match = null;
        if (vocabulary.Match(text, LabelKind.Decision) is { Rest.Length: > 0 } label)
        {
            match = DecisionQualifierPattern().Match(label.Rest);
        }
        else if (BodysDecisionPattern().Match(text) is { Success: true } bodys)
        {
            match = bodys;
        }
        else if (BodyAndDatePattern().Match(text) is { Success: true } bodyAndDate && IsBody(bodyAndDate.Groups["body"].Value))
        {
            match = bodyAndDate;
        }
        if (match is not { Success: true } || DanishDates.Find(match.Groups["when"].Value) is not { } when)
        {
            return null;
        }
        var body = match.Groups["body"].Value.Trim().TrimEnd(',', ':').Trim();
        return body.Length > 1 ? (body, when.Date) : null;
    }

    /// <summary>What follows "Beslutning": who and when ("i Byrådet den 26-01-2015", "Økonomiudvalget den 09-12-2021:").</summary>
    private SectionLabel? Decision(string rest)
    {
        var match = DecisionQualifierPattern().Match(rest);
        if (!match.Success)
        {
            return null;
        }
        var body = match.Groups["body"].Value.Trim().TrimEnd(',', ':').Trim();
        var when = match.Groups["when"].Value;
        if (when.Length == 0 && !IsBody(body))
        {
            return null;
        }
        return DecisionOf(body, when);
    }

    private SectionLabel DecisionOf(string body, string when)
    {
        var date = when.Length > 0 ? DanishDates.Find(when)?.Date : null;
        var sameBody = body.Length == 0 || committeeName is not null && CommitteeNames.SameBody(body, committeeName)
                       || body.Equals("udvalget", StringComparison.OrdinalIgnoreCase);
        var own = date is not null && meetingDate is not null ? date == meetingDate && (sameBody || IsBody(body)) : sameBody;
        if (own)
        {
            return new SectionLabel("Beslutning", SectionKind.Decision);
        }
        var heading = body.Length == 0 ? $"Beslutning den {when}" : when.Length == 0 ? $"Beslutning i {body}" : $"Beslutning i {body} den {when}";
        return new SectionLabel(heading, SectionKind.Decision);
    }

    private bool IsBody(string text)
    {
        var body = text.Trim().TrimEnd(',', ':').Trim();
        return body.Length > 2 && (BodyNamePattern().IsMatch(CommitteeNames.WithoutPeriod(body))
                                   || committeeName is not null && CommitteeNames.SameBody(body, committeeName));
    }

    /// <summary>The label as the vocabulary spells it ("ØKONOMI/PERSONALEFORHOLD" is "Økonomi/personaleforhold").</summary>
    private string Spelled(LabelMatch label)
    {
        var key = ImportVocabulary.Key(label.Label).Replace(" ", "");
        return vocabulary.Words(label.Kind).FirstOrDefault(w => ImportVocabulary.Key(w).Replace(" ", "") == key)
               ?? LineText.SentenceCase(label.Label);
    }
}
