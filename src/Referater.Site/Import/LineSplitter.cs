using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>
/// Splits a line that holds more than one thing: several labelled facts ("Sagsnr.: 54.00.00-A21-2-17 Sagsbehandler:
/// Navn", "Sagsid.: 15/240, Sagsinitialer: abc", "Sagsnr.: 330-2020-164   Dok.nr.: 1   Åbent"), a marker and a case
/// number ("Åbent - 01.00.00-G01-93-16"), a label glued to its text ("Indholdsfortegnelse1. Fraværende",
/// "BeslutningGodkendt."), and a whole page run together by an extraction that lost its line breaks.
/// </summary>
public sealed partial class LineSplitter
{
    private readonly ImportVocabulary _vocabulary;
    private readonly Regex _factLabelInside;
    private readonly Regex _collapsedBreaks;
    private readonly Regex _glued;
    private readonly Regex _markerThenCase;
    private readonly Regex _trailingMarker;
    private readonly Regex _markerThenText;
    private readonly Regex _labelThenText;
    private readonly Regex _sectionInside;

    [GeneratedRegex(@"\S(?<gap>\s{3,}|\t+)(?=\S)")]
    private static partial Regex ColumnGapPattern();

    /// <summary>A number that may open an entry of a list run together: "… formanden 2 Forslag til …", "… 13 20, Den …".</summary>
    [GeneratedRegex(@"(?<=^|\s)(?<n>\d{1,3})\.?\s+(?=[\p{Lu}\d""'§«“])")]
    private static partial Regex ListNumberPattern();

    /// <summary>"Godkendelse af dagsorden. Byrådet, 16.12.2014 Gunver …": who decided and when, after a sentence ends.</summary>
    [GeneratedRegex(@"(?<=[.!?])\s+(?=(?=\p{Lu})(?:[\p{L}\-]*\s+){0,5}?[\p{L}\-]*?(?i:" + SectionPhrases.BodyEnding + @"),?\s+(?:den\s+|d\.\s*)?" + SectionPhrases.NumericDate + @"\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex DecisionInsidePattern();

    /// <summary>"… skal nu tage stilling. Administrationen indstiller, at …": a recommendation's sentence inside a paragraph.</summary>
    [GeneratedRegex(@"(?<=[.!?])\s+(?=(?=\p{Lu})(?i:" + SectionPhrases.Recommender + @")\b[^.]{0,160}?\bindstiller\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RecommendationInsidePattern();

    /// <summary>A case number in a form prose never takes: a KLE number, or a year and a serial ("09/39368").</summary>
    private const string UnmistakableCase = @"(?:\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|\d{2}/\d{4,7})";

    /// <summary>Before and after such a case number, standing between the words of a page run together.</summary>
    [GeneratedRegex(@"\s+(?=" + UnmistakableCase + @"(?:\s|$))|(?<=(?:^|\s)" + UnmistakableCase + @")\s+")]
    private static partial Regex CaseInsidePattern();

    /// <summary>"Beslutning den : Godkendt.": a decision label whose date the extraction lost.</summary>
    [GeneratedRegex(@"^(?:den|d\.)\s*:\s")]
    private static partial Regex LostDatePattern();

    /// <summary>How many numbers in a row make a list run together, not numbers in a sentence.</summary>
    private const int MinListRun = 3;

    public LineSplitter(ImportVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        var facts = vocabulary.InlinePattern(
            LabelKind.CaseNumber, LabelKind.Caseworker, LabelKind.OtherCaseworkers, LabelKind.DocumentNumber,
            LabelKind.Committee, LabelKind.Date, LabelKind.Time, LabelKind.Place, LabelKind.Room, LabelKind.Absentees, LabelKind.Attendees,
            LabelKind.IgnoredHeadLine);
        // A label followed by its colon, where a word starts: read left to right, so that "Eksterne medlemmer:" is one label.
        _factLabelInside = new Regex($@"(?<![\p{{L}}\d])(?:{facts})\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        var factLabels = vocabulary.InlinePattern(LabelKind.CaseNumber, LabelKind.Caseworker, LabelKind.DocumentNumber);
        // Without a colon only a fact label of some length, with its capital, starts a fact: "Sagsnr J.nr Erhvervs- …",
        // "Sagsnr Dok.nr Sagsbeh. Jens Jensen".
        var caseLabels = string.Join('|', vocabulary.Words(LabelKind.CaseNumber).Concat(vocabulary.Words(LabelKind.DocumentNumber))
            .Concat(vocabulary.Words(LabelKind.Caseworker)).Where(w => w.TrimEnd('.').Length >= 4)
            .OrderByDescending(w => w.Length).Select(w => Regex.Escape(w.TrimEnd('.')) + @"\.?"));
        var sections = vocabulary.InlinePattern(ImportVocabulary.SectionKinds);
        var markers = string.Join('|', vocabulary.Words(LabelKind.Closed).Concat(vocabulary.Words(LabelKind.Open))
            .Where(w => w.Contains(' ')).OrderByDescending(w => w.Length).Select(Regex.Escape));
        // In a page run together, these begin a new line: a case label, a two-word marker, a numbered heading
        // ("156. Evaluering"), and a section label with a capital letter that is followed by a capital or a colon.
        _collapsedBreaks = new Regex(
            $@"\s+(?=(?i:{facts}|{factLabels})\s*:)|\s+(?=(?-i:{caseLabels})\s+\S)|\s+(?=(?i:{markers})\b)|(?<=\D)\s+(?=\d{{1,3}}\.\s+\p{{Lu}})|\s+(?=(?i:punkt|pkt)\.?\s*\d{{1,4}}\s*[:.]\s)|(?<=(?<![\p{{L}}])(?-i:{caseLabels})\s*:?\s*[\d][\w./\-]*[\w])\s+(?=\p{{Lu}})",
            RegexOptions.CultureInvariant);

        // Section labels inside a run-together line, found left to right so that "FORVENTET SAGSGANG" is one label.
        _sectionInside = new Regex($@"(?<![\p{{L}}\d])(?:{sections})(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _labelThenText = new Regex($@"(?<=^\s*(?=\p{{Lu}})(?i:{sections}))\s+(?=\p{{Lu}}\p{{Ll}})", RegexOptions.CultureInvariant);

        var glueable = vocabulary.InlinePattern([.. ImportVocabulary.SectionKinds, LabelKind.TableOfContents, .. ImportVocabulary.HeadKinds]);
        _glued = new Regex($@"^(?<label>{glueable})(?=[\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        var allMarkers = vocabulary.InlinePattern(LabelKind.Closed, LabelKind.Open);
        _markerThenCase = new Regex($@"^(?<marker>{allMarkers})\s*[-–:]\s*(?<rest>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _trailingMarker = new Regex($@"^(?<fact>.*\S)\s+(?<marker>{allMarkers})\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _markerThenText = new Regex($@"^(?<marker>(?i:{markers}))\s+(?<rest>\p{{Lu}}.*)$", RegexOptions.CultureInvariant);
    }

    /// <summary>A line a PDF extraction ran together: long, or holding several labels and headings.</summary>
    private const int CollapsedLength = 250;
    private const int CollapsedWithLabelsLength = 120;

    public IEnumerable<string> Split(string text)
    {
        if (text.Trim().Length == 0)
        {
            return [text];
        }
        return SplitNumberedRun(text).SelectMany(SplitCollapsed).SelectMany(SplitLabelAfterSentence).SelectMany(p => DecisionInsidePattern().Split(p))
            .SelectMany(SplitLeadingCase).SelectMany(SplitFacts).SelectMany(Unglue).SelectMany(SplitMarker);
    }

    /// <summary>
    /// "… uden ændringer. INDSTILLING Administrationen indstiller, at …": after a sentence, a section label in capitals
    /// followed by a capital is where the next section begins; prose writes no word in capitals there. (A label in its
    /// ordinary spelling may be the next sentence's first word, wrapped onto the line.)
    /// </summary>
    private IEnumerable<string> SplitLabelAfterSentence(string text)
    {
        var cuts = new List<int>();
        foreach (Match match in _sectionInside.Matches(text))
        {
            var before = text[..match.Index].TrimEnd();
            var after = text[(match.Index + match.Length)..].Trim();
            var letters = match.Value.Where(char.IsLetter).ToList();
            if (before.Length > 0 && ".!?".Contains(before[^1]) && letters.Count >= MinCapitalLabel && letters.All(char.IsUpper)
                && (after.StartsWith(':') || after.Length > 0 && char.IsUpper(after[0])))
            {
                cuts.Add(match.Index);
            }
        }
        if (cuts.Count == 0)
        {
            return [text];
        }
        return cuts.Prepend(0).Zip(cuts.Append(text.Length), (from, to) => text[from..to].Trim()).Where(p => p.Length > 0);
    }

    /// <summary>"ØKONOMI" has letters enough to be a label in capitals, not an abbreviation.</summary>
    private const int MinCapitalLabel = 4;

    /// <summary>
    /// "1 Meddelelser fra formanden 2 Forslag til tillæg 2 til Kommuneplan 3 Lokalplan 238.1": a numbered list (a table
    /// of contents, most often) whose line breaks were lost, cut before each number of the longest run that counts up.
    /// </summary>
    private static IEnumerable<string> SplitNumberedRun(string text)
    {
        var numbers = ListNumberPattern().Matches(text)
            .Select(m => (m.Index, Number: int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture),
                Titled: char.IsLetter(text[m.Index + m.Length]))).ToList();
        // The run whose numbers stand before words wins over page numbers that count up beside it ("4 1 Meddelelser 5 2 …").
        List<int> longest = [];
        var titled = 0;
        for (var first = 0; first < numbers.Count; first++)
        {
            List<int> run = [first];
            for (var k = first + 1; k < numbers.Count; k++)
            {
                if (numbers[k].Number == numbers[run[^1]].Number + 1)
                {
                    run.Add(k);
                }
            }
            var runTitled = run.Count(k => numbers[k].Titled);
            if (runTitled > titled || runTitled == titled && run.Count > longest.Count)
            {
                (longest, titled) = (run, runTitled);
            }
        }
        if (longest.Count < MinListRun)
        {
            return [text];
        }
        var cuts = longest.Select(k => numbers[k].Index).Where(c => c > 0).ToList();
        var pieces = cuts.Prepend(0).Zip(cuts.Append(text.Length), (from, to) => text[from..to].Trim()).Where(p => p.Length > 0).ToList();
        // "1 2 3 4" in a table is numbers, not a list: every entry has words.
        return pieces.All(p => p.Count(char.IsLetter) >= 2) ? pieces : [text];
    }

    /// <summary>A line run together (long, or holding several labels) cut where its parts begin; any other line as it is.</summary>
    private IEnumerable<string> SplitCollapsed(string text)
    {
        var length = text.Trim().Length;
        if (length >= CollapsedLength || length >= CollapsedWithLabelsLength && _collapsedBreaks.Matches(text).Count + LabelledSections(text) >= 2)
        {
            // Then a piece that opens with a section label has its text after it: "INDSTILLING Direktionen indstiller".
            return CollapsedPieces(text).SelectMany(p => _labelThenText.Split(p, 2));
        }
        return [text];
    }

    /// <summary>"Resumé: Indstilling: Beslutningskompetence:": section labels with their colons, which no sentence holds.</summary>
    private int LabelledSections(string text) =>
        _sectionInside.Matches(text).Count(m => m.Index > 0 && char.IsUpper(text[m.Index]) && text[(m.Index + m.Length)..].TrimStart().StartsWith(':'));

    /// <summary>"00.22.02-A26-1-13 Godkendelse af dagsorden.": a KLE number that lost the line break after it.</summary>
    private static IEnumerable<string> SplitLeadingCase(string text)
    {
        var trimmed = text.TrimStart();
        var space = trimmed.IndexOf(' ');
        return space > 0 && Content.CaseNumber.IsKle(trimmed[..space]) && trimmed[(space + 1)..].Trim().Length > 0
            ? [trimmed[..space], trimmed[(space + 1)..].Trim()]
            : [text];
    }

    /// <summary>
    /// A run-together line cut where its facts, markers, headings, case numbers, sections and a recommendation's
    /// sentence begin.
    /// </summary>
    private List<string> CollapsedPieces(string text)
    {
        var cuts = new SortedSet<int>();
        foreach (var match in _collapsedBreaks.Matches(text).Concat(CaseInsidePattern().Matches(text)).Concat(RecommendationInsidePattern().Matches(text)))
        {
            cuts.Add(match.Index + match.Length);
        }
        foreach (Match match in _sectionInside.Matches(text))
        {
            // A label with its capital, after a space, followed by its colon or by text that starts with a capital.
            var after = text[(match.Index + match.Length)..].TrimStart();
            if (match.Index > 0 && char.IsWhiteSpace(text[match.Index - 1]) && char.IsUpper(text[match.Index])
                && (after.StartsWith(':') || after.Length > 0 && char.IsUpper(after[0]) || LostDatePattern().IsMatch(after)))
            {
                cuts.Add(match.Index);
            }
        }
        var pieces = new List<string>();
        var from = 0;
        foreach (var cut in cuts.Where(c => c > 0 && c < text.Length))
        {
            pieces.Add(text[from..cut].Trim());
            from = cut;
        }
        pieces.Add(text[from..].Trim());
        return [.. pieces.Where(p => p.Length > 0)];
    }

    /// <summary>One fact per line: at each label after the first, and at wide gaps between the columns of a fact line.</summary>
    private IEnumerable<string> SplitFacts(string text)
    {
        var plain = text.Trim();
        var startsWithFact = _vocabulary.Match(plain, ImportVocabulary.ItemFactKinds) is not null;
        var startsWithLabel = startsWithFact || _vocabulary.Match(plain, ImportVocabulary.HeadKinds) is { HasColon: true };
        if (!startsWithLabel && plain.Length > 120)
        {
            return [text];
        }
        // In a line that opens with no label, a label inside starts with its capital: "Ikke til stede: …" is one fact.
        var starts = _factLabelInside.Matches(text).Select(m => m.Index)
            .Where(i => i > 0 && text[..i].Trim().Length > 0 && (startsWithLabel || char.IsUpper(text[i]))).ToList();
        var parts = new List<string>();
        var from = 0;
        foreach (var start in starts)
        {
            parts.Add(text[from..start].TrimEnd(' ', ',', ';', '\t'));
            from = start;
        }
        parts.Add(text[from..]);
        parts = [.. parts.Where(p => p.Trim().Length > 0)];
        if (parts.Count <= 1 && !startsWithFact)
        {
            return [text];
        }
        return parts.SelectMany(part =>
            _vocabulary.Match(part.Trim(), ImportVocabulary.ItemFactKinds) is not null && ColumnGapPattern().IsMatch(part)
                ? ColumnGapPattern().Replace(part, m => m.Value[0] + "\n").Split('\n')
                : [part]);
    }

    /// <summary>"Indholdsfortegnelse1. Fraværende", "BeslutningGodkendt.": a label that lost the break after it.</summary>
    private IEnumerable<string> Unglue(string text)
    {
        var trimmed = text.TrimStart();
        var match = _glued.Match(trimmed);
        if (!match.Success)
        {
            return [text];
        }
        var label = match.Groups["label"].Value;
        var next = trimmed[label.Length];
        // "Beslutningstema" and "Indstillingen" are words of their own; only a capital or a digit starts new text.
        if (!(char.IsUpper(next) || char.IsDigit(next)) || label.ToUpperInvariant() == label)
        {
            return [text];
        }
        return [label, trimmed[label.Length..]];
    }

    /// <summary>"Åbent - 01.00.00-G01-93-16" and "Sagsnr.: 330-2020-164 Åbent": the punkt's marker as a line of its own.</summary>
    private IEnumerable<string> SplitMarker(string text)
    {
        var plain = text.Trim();
        var before = _markerThenCase.Match(plain);
        if (before.Success && (_vocabulary.Match(before.Groups["rest"].Value, ImportVocabulary.ItemFactKinds) is not null
                               || ItemLabels.LooksLikeCaseNumber(before.Groups["rest"].Value) || ItemLabels.IsClassifiedCaseLine(before.Groups["rest"].Value)))
        {
            return [before.Groups["marker"].Value, before.Groups["rest"].Value];
        }
        if (_markerThenText.Match(plain) is { Success: true } marked)
        {
            // "Åben sag Økonomiafdelingen fremsender …": a page run together put the punkt's text after its marker.
            return [marked.Groups["marker"].Value, marked.Groups["rest"].Value];
        }
        if (_vocabulary.Match(plain, ImportVocabulary.ItemFactKinds) is not null && _trailingMarker.Match(plain) is { Success: true } after)
        {
            return [after.Groups["fact"].Value, after.Groups["marker"].Value];
        }
        return [text];
    }
}
