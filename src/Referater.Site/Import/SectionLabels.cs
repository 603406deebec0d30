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
/// <see cref="Implied"/> when no label word says so, only a phrase ("Byrådet, 16.12.2014", "Administrationen
/// indstiller, at …"): such a line may as well be text, and the splitter weighs it by where it stands.
/// </summary>
public sealed record SectionLabel(string Heading, SectionKind Kind, string? Text = null, bool Implied = false);

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
    [GeneratedRegex(@"^" + SectionPhrases.Recommender + @"\b.{0,160}\b(?:indstiller|anbefaler|foreslår)\b(?:\s+(?:til|over\s+for|overfor|for)\s+[^.]{0,120}?)?[\s,:.]*(?:at\s*:?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecommendsPattern();

    [GeneratedRegex(@"^(?:(?:i|fra|på|af)\s+)?(?<body>.*?)(?:\s*,?\s*(?:(?:den|d\.)\s*)?(?<when>" + SectionPhrases.Date + @"))?(?:\s*,?\s*(?:pkt|punkt)\.?\s*\d+)?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecisionQualifierPattern();

    [GeneratedRegex(@"^(?<body>[\p{L}][\p{L}\s\-,.&/()§0-9]{2,90}?)(?:\s+(?:den|d\.)|,)\s*(?<when>" + SectionPhrases.Date + @")(?:\s*,?\s*(?:pkt|punkt)\.?\s*\d+)?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyAndDatePattern();

    [GeneratedRegex(@"^(?<body>[\p{L}][\p{L}\s\-&/()§]{2,90}?)(?:\s+(?:den|d\.)|,)\s*(?<when>" + SectionPhrases.NumericDate + @")\s+(?<text>\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BodyDateTextPattern();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+:\s+\S")]
    private static partial Regex LabelledFactPattern();

    [GeneratedRegex(@"^" + SectionPhrases.Recommender + @"\b[^.]{0,160}?\bindstiller\b[^.]{0,120}?,?\s+at\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecommendationSentencePattern();

    /// <summary>"Møde i Kommunalbestyrelsen den 16. december 2013": a page's running header names a meeting, not who decided.</summary>
    [GeneratedRegex(@"^(?:(?:ordinært|ekstraordinært)\s+)?(?:møde|mødet|referat|dagsorden)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingPrefixPattern();

    [GeneratedRegex(@"^(?:(?:(?:i|fra|på)\s+)?(?<body>\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,5}?)\s+)?(?:den|d\.)\s*:?\s+(?<text>\p{Lu}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LostDatePattern();

    /// <summary>"Borgerrepræsentationens beslutning i mødet den 12. december 2019".</summary>
    [GeneratedRegex(@"^(?<body>\p{Lu}[\p{L}\-]+(?:\s+[\p{L}\-]+){0,5}?)s\s+beslutning(?:\s+(?:i|på)\s+mødet)?(?:\s+(?:den|d\.))?\s*(?<when>" + SectionPhrases.Date + @")?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodysDecisionPattern();

    [GeneratedRegex(@"(?:" + SectionPhrases.BodyEnding + @"|udvalget\s*\(.*\))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Length > MaxLabelLine)
        {
            // A long line is prose, unless a label or a recommendation lost the line break after it.
            return GluedLabel(text) ?? RecommendationSentence(text);
        }
        if (vocabulary.Match(text, ImportVocabulary.SectionKinds) is { } label)
        {
            if (label.Kind == LabelKind.Decision && label.Rest.Length > 0 && Decision(label.Rest) is { } decision)
            {
                return decision;
            }
            if (label.Kind == LabelKind.Decision && LostDatePattern().Match(label.Rest) is { Success: true } lost
                && (lost.Groups["body"].Success ? IsBody(lost.Groups["body"].Value) : label.Rest.Contains(':')))
            {
                // "BESLUTNING I ØKONOMIUDVALGET DEN Godkendt.", "Beslutning i Udvalget for Kultur den : Pkt. 5 …",
                // "Beslutning den : Godkendt.": a PDF's text that lost the date, and its line break.
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
            if (GluedLabel(text) is { } glued)
            {
                return glued;
            }
            if (kind == SectionKind.Other && IsDateQualifier(label.Rest))
            {
                return new SectionLabel($"{heading} {label.Rest}", kind); // "Sagens forløb 25-03-2019 Magistraten"
            }
            // "Beslutning om ændring af …" is a sentence, not a label; it may still be a recommendation's first line.
        }
        if (RecommendsPattern().IsMatch(text))
        {
            return new SectionLabel("Indstilling", SectionKind.Recommendation, text);
        }
        if (RecommendationSentence(text) is { } recommendation)
        {
            return recommendation;
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
            return DecisionOf(bodyAndDate.Groups["body"].Value.Trim().TrimEnd(','), bodyAndDate.Groups["when"].Value) with { Implied = true };
        }
        if (BodyDateTextPattern().Match(text) is { Success: true } decided && IsBody(decided.Groups["body"].Value))
        {
            // "Byrådet, 16.12.2014 Gunver Nielsen var fraværende. Godkendt.": who decided, when, and what, on one line.
            return DecisionOf(decided.Groups["body"].Value.Trim().TrimEnd(','), decided.Groups["when"].Value)
                with { Text = decided.Groups["text"].Value, Implied = true };
        }
        return null;
    }

    /// <summary>Longer than a label line with its qualifier ("Beslutning i Udvalget for … den 17. februar 2026, pkt. 12").</summary>
    private const int MaxLabelLine = 200;

    /// <summary>
    /// "Beslutning Tilbagesendes Magistratsafdelingen …", "INDSTILLING Direktionen indstiller …", "Resume Kompetenceudvalg:
    /// Byrådet": the label of a punkt's main part whose line break the page or the extraction lost, followed by a
    /// sentence, or a labelled fact, that starts with a capital. "Beslutning om ændring af planen" stays a sentence.
    /// </summary>
    private SectionLabel? GluedLabel(string text)
    {
        if (vocabulary.Match(text, ImportVocabulary.SectionKinds) is not { HasColon: false, Rest.Length: > 1 } label
            || !char.IsUpper(text[0]) || !char.IsUpper(label.Rest[0]) || !(char.IsLower(label.Rest[1]) || label.Rest[1] == ' '))
        {
            return null;
        }
        var sentence = label.Rest.TrimEnd().EndsWith('.') || label.Rest.TrimEnd().EndsWith('!') || label.Rest.TrimEnd().EndsWith('?');
        var words = label.Rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // "Resume Kompetenceudvalg: Byrådet": a label followed by a labelled fact is a label of its own.
        var fact = LabelledFactPattern().IsMatch(label.Rest);
        // The other parts' labels are phrases a sentence may begin with ("Sagen afgøres af Byrådet og …"): only the
        // punkt's main parts are read this way. Without a full stop, only a decision or a label in capitals: "Forslag
        // Lokalplan 12 for Søparken" is as likely a title.
        var capitals = label.Label.Where(char.IsLetter).All(char.IsUpper);
        if (label.Kind == LabelKind.OtherSection || !(sentence || fact || words >= MinGluedWords && (capitals || label.Kind == LabelKind.Decision)))
        {
            return null;
        }
        var (heading, kind) = Canonical[label.Kind];
        return new SectionLabel(heading, kind, label.Rest);
    }

    private const int MinGluedWords = 4;

    /// <summary>"25-03-2019 Magistraten": a date, and who met on it, after a label; no sentence.</summary>
    private static bool IsDateQualifier(string rest) =>
        DanishDates.Find(rest) is { Index: 0 } date && rest[(date.Index + date.Length)..].Trim() is var after
        && after.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MinGluedWords && !after.EndsWith('.');

    /// <summary>
    /// "Administrationen indstiller, at handlemulighed 1 godkendes.": the recommendation said in a sentence of its own,
    /// where no label opens it ("indstiller" is the word of a formal recommendation; "anbefaler" is also prose's).
    /// </summary>
    private static SectionLabel? RecommendationSentence(string text) =>
        RecommendationSentencePattern().IsMatch(text) ? new SectionLabel("Indstilling", SectionKind.Recommendation, text, Implied: true) : null;

    /// <summary>Who took a decision and when, as its label says ("Beslutning i Byrådet den 26-01-2015"), or null.</summary>
    public (string Body, DateOnly? Date)? DecidingBody(string plain)
    {
        var text = LineText.WithoutWrappingEmphasis(plain).Trim();
        if (text.Length is 0 or > MaxLabelLine)
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
        if (match is not { Success: true })
        {
            return null;
        }
        var body = match.Groups["body"].Value.Trim().TrimEnd(',', ':').Trim();
        if (DanishDates.Find(match.Groups["when"].Value) is { } when)
        {
            return body.Length > 1 ? (body, when.Date) : null;
        }
        // "Beslutning fra Miljø- og Klimaudvalget" with the date on a line of its own below: who decided, when unsaid.
        return IsBody(body) ? (body, null) : null;
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
        return body.Length > 2 && !MeetingPrefixPattern().IsMatch(body) && (BodyNamePattern().IsMatch(CommitteeNames.WithoutPeriod(body))
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
