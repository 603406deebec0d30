using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>
/// Reads the head of a referat, the lines before its first punkt. A fact may stand after its label ("Mødested:
/// C3.40", "STED" over "Mødelokale C", "Mødedato:" over "Mandag den 08-04-2013"), in the referat's title line
/// ("REFERAT Beskæftigelsesudvalget d. 17-02-2026", "Byrådet - Referat", "&lt;Udvalg&gt; (2018-2021) – Referat – 12. januar
/// 2021", "REFERAT FRA MØDE NR. 22 TORSDAG DEN 28. AUGUST 2008, KL PÅ OTTERUP RÅDHUS"), or alone: a date on its own
/// line ("tirsdag den 10. august 2021 kl. 08:00", "Den 09.01.2020 kl. 13:00 i …") with the place on the line after it,
/// the committee's name from site.yml on a line of its own. Labels win over the title, the title over a date alone.
/// Attendees stay in the introduction, absentees become <c>fraværende</c>; any other line is kept as introduction.
/// </summary>
public sealed partial class MeetingHeadReader(ImportVocabulary vocabulary, ImportLog log, string municipality, IReadOnlyCollection<string> committeeNames)
{
    [GeneratedRegex(@"(?<![\p{L}])(?<kind>referat|dagsorden|beslutningsprotokol|mødereferat)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindPattern();

    [GeneratedRegex(@"^[\s,.\-–]*(?:kl\.?\s*)?(?:i|på)\s+(?<place>\S.{1,120}?)[\s.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfterTimePattern();

    [GeneratedRegex(@"(?<![\p{L}])(?:referat|dagsorden|beslutningsprotokol|mødereferat)(?:\s+(?:af|fra|for|over))?(?:\s+(?:det\s+)?(?:ordinære\s+|ekstraordinære\s+|ordinært\s+|ekstraordinært\s+)?møde(?:t)?(?:\s+nr\.?\s*\d+)?(?:\s+i)?)?(?![\p{L}])|(?<![\p{L}])(?:ordinært\s+|ekstraordinært\s+)?møde(?:t)?\s+(?:nr\.?\s*\d+\s+)?i(?![\p{L}])|(?<![\p{L}])(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])|(?<![\p{L}])(?:den|d\.)\s*$|^\s*(?:den|d\.)(?![\p{L}])|(?<![\p{L}])(?:møde|mødet)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleFillerPattern();

    [GeneratedRegex(@"\.\s+\p{Lu}")]
    private static partial Regex SentenceEndPattern();

    /// <summary>"Mødet startede kl. 18:00", "Mødet begynder kl. 19.00" after a title's date: the time, in a sentence.</summary>
    [GeneratedRegex(@"^[\s,.]*(?:mødet\s+(?:startede|starter|begynder|begyndte|påbegyndtes|afholdes)\s+)?(?<time>kl\.?\s*\d{1,2}[:.]\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartedAtPattern();

    [GeneratedRegex(@"\b(?:mødested|mødelokale)\s*[:.]?\s+(?<place>\p{Lu}[^.:]{1,60}?)(?=\.\s|\s+(?:mødedato|dato|mødetidspunkt|mødetid|tidspunkt|medlemmer|fraværende|afbud|bemærkninger|deltagere|starttidspunkt)\b|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceInsidePattern();

    [GeneratedRegex(@"^(?:i|på)\s+|\s*[-–,]\s*(?:ekstraordinært|ekstraordinære|ordinært|ordinære)(?:\s+møde)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceEdgePattern();

    [GeneratedRegex(@"\b(?:mødetidspunkt|mødetid|starttidspunkt(?:\s+for\s+møde)?|mødestart|start\s+kl\.?|tidspunkt)\s*:?\s*(?<time>(?:kl\.?\s*)?\d{1,2}[:.]\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledTimePattern();

    [GeneratedRegex(@"^[\s,.:;\-–—|]+|[\s,.:;\-–—|]+$")]
    private static partial Regex EdgePunctuationPattern();

    private readonly Regex _nextLabel = new(
        $@"\s(?:(?=\p{{Lu}})(?i:{vocabulary.InlinePattern(LabelKind.Date, LabelKind.Time, LabelKind.Absentees, LabelKind.Attendees, LabelKind.IgnoredHeadLine)})(?![\p{{L}}\d])|\p{{Lu}}[\p{{L}}\-]*:(?:\s|$))",
        RegexOptions.CultureInvariant);

    private const int MaxPlaceLength = 120;
    private const int MaxTitleLineLength = 250;

    private enum Collecting
    {
        None,
        Attendees,
        Absentees,
    }

    private sealed class Facts
    {
        public readonly List<(string Name, int Line, int Priority)> Committees = [];
        public (DateOnly Date, int Priority)? Date;
        public (TimeOnly Time, int Priority)? Time;
        public (string Place, int Priority)? Place;
        public MeetingKind? Kind;
        public readonly List<string> Absentees = [];
        public readonly List<string> Attendees = [];
        public string AttendeeLabel = "Deltagere";
        public readonly List<string> Intro = [];

        public void SetDate(DateOnly date, int priority)
        {
            if (Date is null || priority < Date.Value.Priority)
            {
                Date = (date, priority);
            }
        }

        public void SetTime(TimeOnly time, int priority)
        {
            if (Time is null || priority < Time.Value.Priority)
            {
                Time = (time, priority);
            }
        }

        public string Municipality = "";

        /// <summary>Where another label starts inside a value: a head label with its capital, or any "Word:".</summary>
        public Regex? NextLabel;

        public void SetPlace(string place, int priority)
        {
            var clean = WithoutFinalStop(PlaceEdgePattern().Replace(place.Trim().TrimStart(':', ' '), ""));
            if (NextLabel?.Match(clean) is { Success: true, Index: > 0 } next)
            {
                clean = clean[..next.Index].TrimEnd(' ', ',', '.'); // "Byrådssalen Ebeltoft Medlemmer Claus …": the next label ends the place
            }
            if (clean.Length > 60 && SentenceEndPattern().Match(clean) is { Success: true } end)
            {
                clean = clean[..end.Index]; // "Byrådssalen. Oluf Lykke Nielsen var substitueret …": the place ends with its sentence
            }
            if (Municipality.Length > 0 && clean.EndsWith(" " + Municipality, StringComparison.OrdinalIgnoreCase))
            {
                clean = clean[..^(Municipality.Length + 1)].TrimEnd(' ', ',');
            }
            if (clean.Length is > 0 and <= MaxPlaceLength && (Place is null || priority < Place.Value.Priority))
            {
                Place = (clean, priority);
            }
        }
    }

    /// <summary>The place without the stop a sentence ends it with; "4800 Nyk. F." keeps the stop of its initial.</summary>
    private static string WithoutFinalStop(string place)
    {
        var clean = place.TrimEnd('.', ',').Trim();
        return InitialAtEndPattern().IsMatch(place.TrimEnd(',').Trim()) ? clean + "." : clean;
    }

    [GeneratedRegex(@"(?:^|[\s.])\p{Lu}\.$")]
    private static partial Regex InitialAtEndPattern();

    // Priorities: a lower number is surer.
    private const int Labelled = 0;
    private const int InTitle = 1;
    private const int AloneOnLine = 2;
    private const int Anywhere = 3;

    /// <param name="skip">Lines that are not the head's own (a table of contents, titles it repeats).</param>
    public MeetingFacts Read(IReadOnlyList<SourceLine> lines, ISet<int> skip)
    {
        var facts = new Facts { Municipality = municipality, NextLabel = _nextLabel };
        var collecting = Collecting.None;
        int? placeAfter = null;
        var columns = LabelColumns.Find(lines, skip, vocabulary);
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var plain = LineText.WithoutWrappingEmphasis(LineText.Plain(line.Text));
            if (plain.Length == 0 || skip.Contains(index) || columns.IsValue(index))
            {
                continue;
            }
            var label = vocabulary.Match(plain, ImportVocabulary.HeadKinds);
            if (label is not null && (!MakesSense(label) || columns.IsUnpaired(index)))
            {
                label = null;
            }
            if (collecting != Collecting.None)
            {
                if (label is null && IsNameLine(plain))
                {
                    (collecting == Collecting.Attendees ? facts.Attendees : facts.Absentees).AddRange(LineText.Names(BulletLess(plain)));
                    continue;
                }
                collecting = Collecting.None;
            }
            if (label is not null)
            {
                var value = label.Rest;
                var valueIndex = index;
                if (columns.ValueOf(index) is { } column)
                {
                    value = LineText.WithoutWrappingEmphasis(LineText.Plain(lines[column].Text));
                    valueIndex = column;
                }
                else if (value.Length == 0 && label.Kind is not (LabelKind.Attendees or LabelKind.Absentees)
                    && NextValue(lines, index, skip) is { } next)
                {
                    // "STED" over "Mødelokale C", "Mødedato:" over "Mandag den 08-04-2013".
                    value = LineText.WithoutWrappingEmphasis(LineText.Plain(lines[next].Text));
                    valueIndex = next;
                    index = next;
                    if (label.Kind is LabelKind.Place or LabelKind.Room && NextValue(lines, next, skip) is { } wrapped
                        && LineText.Plain(lines[wrapped].Text) is { } more && more.Split(' ').Length <= 2 && IsPlaceLike(more)
                        && SourceLines.NextText(lines, wrapped) is { } then && vocabulary.Match(LineText.Plain(lines[then].Text), ImportVocabulary.HeadKinds) is not null)
                    {
                        value = $"{value} {more}"; // "Byrådssalen, Tønder" / "Rådhus": a cell the PDF wrapped
                        index = wrapped;
                    }
                }
                collecting = Label(label, value, lines[valueIndex].Number, facts, lines, ref index, skip);
                placeAfter = label.Kind is LabelKind.Date or LabelKind.Time ? index : null;
                continue;
            }
            if (vocabulary.WholeLine(plain, LabelKind.TableOfContents) is not null)
            {
                continue;
            }
            // Under a date with its time the place is surer than under a title's date alone ("… - Dagsorden 5. september
            // 2012" over a name, then "Onsdag den 05-09-2012 kl. 09:00" over the room).
            if (placeAfter is { } after && index == NextValue(lines, after, skip) && IsPlaceLike(plain)
                && (DanishDates.FindTime(LineText.Plain(lines[after].Text)) is not null ? AloneOnLine : Anywhere) is var placePriority
                && (facts.Place is null || facts.Place.Value.Priority > placePriority))
            {
                facts.SetPlace(plain, placePriority);
                continue;
            }
            if (TitleLine(plain, line.Number, facts) is { } titleEnd)
            {
                placeAfter = titleEnd ? index : null;
                continue;
            }
            if (committeeNames.Any(name => CommitteeNames.SameBody(plain, name)))
            {
                facts.Committees.Add((plain, line.Number, AloneOnLine));
                continue;
            }
            if (vocabulary.IsWholeLine(plain, LabelKind.IgnoredHeadLine) || plain.Equals(municipality, StringComparison.OrdinalIgnoreCase)
                || !plain.Any(char.IsLetter))
            {
                continue;
            }
            facts.Intro.Add(LineText.WithoutLostLinks(line.Trimmed));
            log.Warn(line.Number, "RS0531",
                "linjen står før første punkt og er ikke en af mødets faste oplysninger (dato, sted, deltagere …). Den er beholdt som indledning i index.md.");
        }
        // A date and a time anywhere in the head, when nothing surer gives them ("… Referat Dato 27. februar 2014
        // Mødetidspunkt 18:00 Sluttidspunkt …": a PDF whose labels and values ran together).
        foreach (var (line, number) in lines.Select((l, k) => (l, k)).Where(p => !skip.Contains(p.k) && facts.Date is null))
        {
            if (DanishDates.FindWithTime(LineText.Plain(line.Text)) is { } anywhere)
            {
                facts.SetDate(anywhere.Date, Anywhere);
            }
        }
        foreach (var line in lines.Where((_, k) => !skip.Contains(k) && facts.Time is null))
        {
            if (LabelledTimePattern().Match(LineText.Plain(line.Text)) is { Success: true } clock && DanishDates.FindTime(clock.Groups["time"].Value) is { } time)
            {
                facts.SetTime(time.Time, Anywhere);
            }
        }
        if (facts.Place is null)
        {
            foreach (var line in lines.Where((_, k) => !skip.Contains(k)))
            {
                if (PlaceInsidePattern().Match(LineText.Plain(line.Text)) is { Success: true } inside && IsPlaceLike(inside.Groups["place"].Value.Trim()))
                {
                    facts.SetPlace(inside.Groups["place"].Value, Anywhere); // "… Dagsorden. Mødested. Rådssalen. Mødedato …"
                    break;
                }
            }
        }
        // A committee named in any line of the head, when nothing surer names one.
        foreach (var (line, number) in lines.Select((l, k) => (l, k)).Where(p => !skip.Contains(p.k)))
        {
            var plain = LineText.Plain(line.Text);
            foreach (var name in committeeNames.Where(n => CommitteeNames.Mentions(plain, n)))
            {
                facts.Committees.Add((name, line.Number, Anywhere));
            }
        }
        // Last of all: "mødet den 9. september" and "Møde nr.: 10/2019" — a day and month, and one year said in the head.
        var composed = false;
        if (facts.Date is null)
        {
            var own = lines.Where((_, k) => !skip.Contains(k)).Select(l => LineText.Plain(l.Text)).ToList();
            // The day may stand in the table of contents ("Godkendelse af dagsorden for mødet den 9. september").
            var dayMonth = own.Concat(lines.Select(l => LineText.Plain(l.Text))).Select(DanishDates.FindDayMonth).FirstOrDefault(d => d is not null);
            var years = own.SelectMany(DanishDates.Years).Distinct().ToList();
            if (dayMonth is { } dm && years.Count == 1 && dm.Day <= DateTime.DaysInMonth(years[0], dm.Month))
            {
                facts.SetDate(new DateOnly(years[0], dm.Month, dm.Day), Anywhere);
                composed = true;
            }
        }
        var intro = facts.Intro.ToList();
        if (facts.Attendees.Count > 0)
        {
            intro.Insert(0, $"{facts.AttendeeLabel}: {string.Join(", ", facts.Attendees)}");
        }
        return new MeetingFacts(
            [.. facts.Committees.OrderBy(c => c.Priority).Select(c => (c.Name, c.Line))],
            facts.Date?.Date,
            facts.Time?.Time,
            facts.Place?.Place,
            facts.Kind ?? MeetingKind.Referat,
            [.. facts.Absentees.Distinct()],
            [.. intro])
        {
            DateComposed = composed,
        };
    }

    /// <summary>A label followed by words that cannot be its value is no label: "Tid til at …", "Sted for …".</summary>
    private static bool MakesSense(LabelMatch label)
    {
        if (label.HasColon || label.Rest.Length == 0)
        {
            return true;
        }
        return label.Kind switch
        {
            LabelKind.Date => DanishDates.Find(label.Rest) is not null,
            LabelKind.Time => DanishDates.FindTime(label.Rest) is not null || DanishDates.Find(label.Rest) is not null,
            LabelKind.Place or LabelKind.Room => label.Rest.Length <= MaxPlaceLength && char.IsUpper(label.Rest[0]) || char.IsDigit(label.Rest[0]),
            LabelKind.Committee => char.IsUpper(label.Rest[0]),
            LabelKind.IgnoredHeadLine => label.Label.Contains(' ') || label.Label.Contains('.'),
            _ => false,
        };
    }

    private Collecting Label(LabelMatch label, string value, int line, Facts facts, IReadOnlyList<SourceLine> lines, ref int index, ISet<int> skip)
    {
        switch (label.Kind)
        {
            case LabelKind.Date:
                if (DanishDates.FindWithTime(value) is { } dated)
                {
                    facts.SetDate(dated.Date, Labelled);
                    if (dated.Time is { } time)
                    {
                        facts.SetTime(time, Labelled);
                    }
                    if (PlaceAfterTimePattern().Match(value[dated.End..]) is { Success: true } place)
                    {
                        facts.SetPlace(place.Groups["place"].Value, InTitle);
                    }
                }
                else
                {
                    log.Warn(line, "RS0530", $"'{value}' er ikke en dato, som importen kender. Skriv fx 17-02-2026 eller 17. februar 2026.");
                }
                break;
            case LabelKind.Time:
                if (DanishDates.FindWithTime(value) is { } withDate)
                {
                    facts.SetDate(withDate.Date, InTitle);
                    if (withDate.Time is { } time)
                    {
                        facts.SetTime(time, Labelled);
                    }
                }
                else if (DanishDates.FindTime(value) is { } clock)
                {
                    facts.SetTime(clock.Time, Labelled);
                }
                break;
            case LabelKind.Place or LabelKind.Room:
                var placeValue = value;
                if (DanishDates.FindTime(placeValue) is { } placeTime && placeTime.Index > 0)
                {
                    // "Mødelokale SL 1, Slangerup kl. 16.00": the time written after the place.
                    facts.SetTime(placeTime.Time, InTitle);
                    placeValue = placeValue[..placeTime.Index];
                }
                // "Mødelokale F 7" names the room; "Mødested: C3.40" and "Mødelokale Udvalgsværelse D" only label it.
                facts.SetPlace(!label.HasColon && label.Kind == LabelKind.Room && placeValue.Length > 0 && !IsName(placeValue) ? $"{label.Label} {placeValue}" : placeValue, Labelled);
                break;
            case LabelKind.Committee:
                if (value.Length > 0 && vocabulary.Match(value, ImportVocabulary.HeadKinds) is not { HasColon: true })
                {
                    facts.Committees.Add((value.TrimEnd('.').Trim(), line, Labelled));
                }
                break;
            case LabelKind.Attendees:
                facts.AttendeeLabel = LineText.SentenceCase(label.Label);
                facts.Attendees.AddRange(LineText.Names(value));
                return value.Length == 0 ? Collecting.Attendees : Collecting.None;
            case LabelKind.Absentees:
                if (DanishDates.Find(value) is not null)
                {
                    // "Afbud fra: Onsdag den 15-maj-2002 Kommunalbestyrelsens mødelokaler": a layout that set its labels apart
                    // from their values, which then follow in the labels' order: the date, then the place.
                    var found = DanishDates.FindWithTime(value)!.Value;
                    facts.SetDate(found.Date, AloneOnLine);
                    var remainder = value[found.End..].Trim(' ', ',', '.');
                    if (IsPlaceLike(remainder) && remainder.Length > 2)
                    {
                        facts.SetPlace(remainder, Anywhere);
                    }
                    break;
                }
                facts.Absentees.AddRange(LineText.Names(value));
                return value.Length == 0 ? Collecting.Absentees : Collecting.None;
            case LabelKind.IgnoredHeadLine:
                break;
        }
        return Collecting.None;
    }

    /// <summary>
    /// A line that says what meeting this is: the kind of document, a date, or both, with the committee's name in what
    /// remains. Returns null for any other line, true when the line ended with a date or time (the place may follow).
    /// </summary>
    private bool? TitleLine(string plain, int line, Facts facts)
    {
        if (plain.Length > MaxTitleLineLength)
        {
            return null;
        }
        var kind = KindPattern().Match(plain);
        var dated = DanishDates.FindWithTime(plain);
        if (!kind.Success && dated is null)
        {
            return null;
        }
        if (kind.Success)
        {
            facts.Kind ??= kind.Groups["kind"].Value.ToLowerInvariant() == "dagsorden" ? MeetingKind.Dagsorden : MeetingKind.Referat;
        }
        var rest = plain;
        var endsWithDate = false;
        if (dated is { } found)
        {
            var datePriority = kind.Success || HasName(plain) ? InTitle : AloneOnLine;
            facts.SetDate(found.Date, datePriority);
            if (found.Time is { } time)
            {
                facts.SetTime(time, datePriority);
            }
            var after = plain[found.End..];
            if (found.Time is null && StartedAtPattern().Match(after) is { Success: true } started && DanishDates.FindTime(started.Groups["time"].Value) is { } clock)
            {
                facts.SetTime(clock.Time, datePriority); // "… 25. januar 2010 Mødet startede kl. 18:00 i Rådssalen, Lejre"
                after = after[started.Length..];
            }
            if (PlaceAfterTimePattern().Match(after) is { Success: true } place)
            {
                facts.SetPlace(place.Groups["place"].Value, InTitle);
                after = "";
            }
            else if (found.Time is not null && after.Trim() is { Length: > 2 } trailing && char.IsUpper(trailing[0]) && IsPlaceLike(trailing) && !HasName(trailing))
            {
                facts.SetPlace(trailing, AloneOnLine); // "… 2015 Kl. 16:00 Byrådssalen Ebeltoft": the place after the time
                after = "";
            }
            endsWithDate = EdgePunctuationPattern().Replace(after, "").Length == 0;
            var start = DanishDates.Find(plain)!.Value.Index;
            rest = plain[..start] + " " + after;
        }
        rest = EdgePunctuationPattern().Replace(TitleFillerPattern().Replace(rest, " "), "");
        rest = EdgePunctuationPattern().Replace(TitleFillerPattern().Replace(rest, " "), "");
        if (CommitteeNames.Comparable(rest).Any(char.IsLetter))
        {
            var name = string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (CommitteeNames.Comparable(name).Length > 0 && !vocabulary.IsWholeLine(name, LabelKind.Furniture))
            {
                // "dagsorden fra byrådet" speaks of the body in lower case; "Aalborg Byråds møde" names it.
                facts.Committees.Add((name, line, char.IsLower(name[0]) ? Anywhere : InTitle));
            }
        }
        return endsWithDate;
    }

    /// <summary>"Udvalgsværelse D", "Rådssalen": a room's name, a word with its capital, not a code such as "F 7" or "SL 1".</summary>
    private static bool IsName(string value)
    {
        var word = value.Split(' ', 2)[0];
        return word.Length >= 3 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && word.All(char.IsLetter);
    }

    private bool HasName(string plain) => committeeNames.Any(n => CommitteeNames.Mentions(plain, n));

    /// <summary>The next line with text, unless it is a label of its own (then the label had no value).</summary>
    private int? NextValue(IReadOnlyList<SourceLine> lines, int index, ISet<int> skip)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }
            if (skip.Contains(i))
            {
                return null;
            }
            var plain = LineText.Plain(lines[i].Text);
            return vocabulary.Match(plain, ImportVocabulary.HeadKinds) is { } label && (label.HasColon || label.Rest.Length == 0)
                   || vocabulary.WholeLine(plain, LabelKind.TableOfContents) is not null
                ? null
                : i;
        }
        return null;
    }

    private bool IsPlaceLike(string plain) =>
        plain.Length <= MaxPlaceLength && !KindPattern().IsMatch(plain) && DanishDates.Find(plain) is null && DanishDates.FindTime(plain) is null
        && vocabulary.Match(plain, LabelKind.Closed, LabelKind.Open) is null && !vocabulary.IsWholeLine(plain, LabelKind.Furniture)
        && !committeeNames.Any(n => CommitteeNames.SameBody(plain, n)) && vocabulary.Match(plain, ImportVocabulary.HeadKinds) is null
        && !plain.EndsWith(':');

    /// <summary>A line of a list of names: a few words, no label, no sentence.</summary>
    private bool IsNameLine(string plain)
    {
        var text = BulletLess(plain);
        return text.Length is > 1 and <= 400 && char.IsUpper(text[0]) && !text.EndsWith(':') && (!text.EndsWith('.') || text.Contains(','))
               && vocabulary.Match(text, LabelKind.TableOfContents) is null
               && !text.Any(char.IsDigit)
               && DanishDates.Find(text) is null && !KindPattern().IsMatch(text)
               && (text.Contains(',') || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 7);
    }

    private static string BulletLess(string plain) => plain.TrimStart('•', '·', '-', '*', '▪', '◦', ' ');
}
