using System.Collections.Immutable;
using System.Globalization;
using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>Facts an editor gives on the command line, for a referat whose text lacks them (they were in its address or title).</summary>
public sealed record GivenFacts(string? Committee = null, DateOnly? Date = null, string? Place = null)
{
    public static GivenFacts None { get; } = new();
}

/// <summary>
/// Turns the normalised lines of a referat into a meeting, in the order that makes each step surest: the table of
/// contents, then the punkter (from every signal, <see cref="ItemFinder"/>), then the head before the first punkt,
/// then each punkt's facts and sections. Whatever it had to guess (a number, a title, a committee read from a
/// decision) or could not match (the table of contents against the punkter found) it says.
/// </summary>
public sealed class ReferatParser(SiteConfig config, ImportVocabulary vocabulary, ImportLog log, GivenFacts given)
{
    public (ImportedMeeting? Meeting, Committee? Committee) Parse(IReadOnlyList<SourceLine> lines, string sourceName)
    {
        var markers = new ClosedMarkers(vocabulary);
        var itemLabels = new ItemLabels(config, vocabulary);
        var toc = new TableOfContentsReader(vocabulary, markers).Read(lines);
        var (spans, signal, rejected) = new ItemFinder(vocabulary, itemLabels, markers).Find(lines, toc);
        foreach (var (index, number) in rejected.Where(r => spans.Count > 0 && r.Index > spans[0].Start && !IsNumberAlone(lines[r.Index])))
        {
            log.Warn(lines[index].Number, "RS0521",
                $"linjen ligner overskriften på punkt {number}, men den passer ikke i rækkefølgen af punkterne. Den er beholdt som tekst i punktet over den.");
        }

        var headEnd = spans.Count > 0 ? spans[0].Start : lines.Count;
        var skip = HeadSkip(lines, toc, spans, headEnd);
        var committeeNames = config.Committees.Select(c => c.Name).ToList();
        var facts = new MeetingHeadReader(vocabulary, log, config.Municipality, committeeNames).Read(lines.Take(headEnd).ToList(), skip);

        var decided = DecisionLabels(lines, headEnd);
        var agenda = spans.Count > 0 ? new MeetingsAgenda(vocabulary).Find(lines, spans[0].Start, spans[0].End) : null;
        var committee = Committee(facts, agenda, decided);
        var date = Date(facts, agenda, decided, sourceName);
        var place = given.Place ?? facts.Place;
        if (given.Place is not null && facts.Place is not null && facts.Place != given.Place)
        {
            log.Warn(1, "RS0535", $"teksten siger stedet '{facts.Place}', men --sted siger '{given.Place}'; --sted er brugt.");
        }
        if (committee is null || date is null)
        {
            return (null, committee);
        }
        if (spans.Count == 0 && FromTableOfContents(toc, lines) is { Count: > 0 } fromToc)
        {
            spans = fromToc;
            signal = ItemSignal.TableOfContentsOnly;
            log.Warn(lines[Math.Max(0, toc.Start)].Number, "RS0533",
                $"teksten har ingen punkter ud over indholdsfortegnelsen; de {spans.Count} punkter er importeret med nummer og titel alene. Er teksten afkortet, så importér hele referatet.");
        }
        if (spans.Count == 0)
        {
            // The head was read: the meeting is written, and the summary says loudly that it has no punkter.
            log.Warn(1, "RS0514",
                "referatet har ingen punkter, som importen kan finde; kun mødets oplysninger er importeret. Et punkt begynder med en linje som 'Punkt 12: Titel', "
                + "'12. Titel' eller en sagsnummerlinje ('Sagsnr.: …'). Er teksten afkortet, så importér hele referatet.");
        }

        var sectionLabels = new SectionLabels(vocabulary, committee.Name, date);
        var itemParser = new ItemParser(itemLabels, markers, sectionLabels, log);
        var numbers = Numbers(spans, toc, lines);
        var headers = RunningHeaders.Find(lines, headEnd, committee.Name, date.Value, sectionLabels);
        var items = ImmutableArray.CreateBuilder<ImportedItem>(spans.Count);
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            var tocEntry = TocEntryFor(toc, spans, k, numbers[k]);
            if (RunningHeader(span.Title, committee) is { } withoutHeader)
            {
                span = span with { Title = withoutHeader }; // "Økonomiudvalget d Godkendelse af dagsorden": a page's header glued on
            }
            if (span.Title.Length == 0)
            {
                var title = tocEntry?.Title is { Length: > 0 and <= MaxListedTitle } listed ? listed : $"Punkt {numbers[k]}";
                span = span with { Title = title };
                log.Warn(lines[span.Heading].Number, "RS0527",
                    title != $"Punkt {numbers[k]}"
                        ? $"punkt {numbers[k]} har ingen titel i teksten; titlen '{title}' er taget fra indholdsfortegnelsen. Tjek 'titel'."
                        : $"punkt {numbers[k]} har ingen titel i teksten; titlen er sat til '{title}'. Skriv den rigtige titel i 'titel'.");
            }
            items.Add(itemParser.Parse(span, lines, numbers[k], tocEntry?.Mark ?? Closure.None, headers));
        }
        if (toc.Exists && toc.Entries.Count != items.Count && signal != ItemSignal.TableOfContentsOnly)
        {
            log.Warn(lines[Math.Max(0, toc.Start)].Number, "RS0528",
                $"indholdsfortegnelsen nævner {toc.Entries.Count} punkter, men importen fandt {items.Count}. "
                + (items.Count < toc.Entries.Count ? "Er teksten afkortet, eller har et punkt en overskrift, importen ikke genkender? " : "Er et afsnit i teksten læst som et punkt? ")
                + "Sammenlign med kilden.");
        }
        var meetingFacts = facts with { Date = date, Place = place };
        return (new ImportedMeeting(meetingFacts, items.ToImmutable()), committee);
    }

    private static string? RunningHeader(string title, Committee committee)
    {
        foreach (var filler in new[] { " den ", " d. ", " d " })
        {
            var prefix = committee.Name + filler;
            if (title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && title.Length > prefix.Length + 2)
            {
                return title[prefix.Length..].Trim();
            }
        }
        return null;
    }

    /// <summary>A number alone on its line is a table's cell or a page's number as often as a heading: not worth a warning.</summary>
    private static bool IsNumberAlone(SourceLine line) => LineText.Plain(line.Text).TrimEnd('.').All(char.IsAsciiDigit);

    /// <summary>Lines of the head that are not the head's own: the table of contents, and lines that repeat a punkt's title.</summary>
    private static HashSet<int> HeadSkip(IReadOnlyList<SourceLine> lines, TableOfContents toc, IReadOnlyList<ItemSpan> spans, int headEnd)
    {
        var skip = new HashSet<int>();
        if (toc.Exists)
        {
            skip.UnionWith(Enumerable.Range(Math.Max(0, toc.Start), Math.Max(0, toc.End - Math.Max(0, toc.Start))));
        }
        var titles = spans.Select(s => LineText.Comparable(s.Title)).Where(t => t.Length > 3).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < headEnd; i++)
        {
            var plain = LineText.Plain(lines[i].Text).TrimStart('-', '•', '·', '*', ' ');
            var withoutNumber = plain.TrimStart("0123456789.:) ".ToCharArray());
            if (titles.Contains(LineText.Comparable(plain)) || titles.Contains(LineText.Comparable(withoutNumber)))
            {
                skip.Add(i);
            }
        }
        return skip;
    }

    /// <summary>"Beslutning i Byrådet den 26-01-2015" in the punkter: who decided, and when, as often as it is said.</summary>
    private List<(string Body, DateOnly? Date)> DecisionLabels(IReadOnlyList<SourceLine> lines, int headEnd)
    {
        var labels = new SectionLabels(vocabulary, null, null);
        var found = new List<(string, DateOnly?)>();
        for (var i = headEnd; i < lines.Count; i++)
        {
            if (labels.DecidingBody(LineText.Plain(lines[i].Text)) is { } decided)
            {
                found.Add(decided with { Date = decided.Date ?? DateBelow(lines, i) });
            }
        }
        return found;
    }

    /// <summary>"Beslutning fra Teknik- og Miljøudvalget" with "Dato: 7. februar 2017" on one of the next lines.</summary>
    private DateOnly? DateBelow(IReadOnlyList<SourceLine> lines, int label)
    {
        for (int i = label + 1, seen = 0; i < lines.Count && seen < DateLinesBelow; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }
            seen++;
            if (vocabulary.Match(LineText.Plain(lines[i].Text), LabelKind.Date) is { } date && DanishDates.Find(date.Rest) is { } when)
            {
                return when.Date;
            }
        }
        return null;
    }

    /// <summary>How far below a decision's label its date may stand: the date, the place and who was absent come in any order.</summary>
    private const int DateLinesBelow = 3;

    private Committee? Committee(MeetingFacts facts, (string? Body, DateOnly Date, int Line, string Said)? agenda, List<(string Body, DateOnly? Date)> decided)
    {
        var fromText = CommitteeMatcher.Match(config, facts.CommitteeNames);
        if (given.Committee is { } name)
        {
            var committee = CommitteeMatcher.Find(config, name);
            if (committee is null)
            {
                log.Error(1, "RS0516",
                    $"--udvalg '{name}' findes ikke i site.yml. Angiv et udvalgs slug eller navn fra site.yml (kendte udvalg: {string.Join(", ", config.Committees.Select(c => c.Slug))}).");
                return null;
            }
            if (fromText is not null && fromText != committee)
            {
                log.Warn(facts.CommitteeNames[0].Line, "RS0535",
                    $"teksten nævner udvalget '{fromText.Name}', men --udvalg siger '{committee.Name}'; --udvalg er brugt.");
            }
            return committee;
        }
        if (fromText is not null)
        {
            return fromText;
        }
        if (agenda is { Body: { } whose } && CommitteeMatcher.Match(config, [(whose, agenda.Value.Line)]) is { } fromAgenda)
        {
            log.Warn(agenda.Value.Line, "RS0537",
                $"referatets hoved nævner ikke udvalget; '{fromAgenda.Name}' er læst af godkendelsen af dagsordenen ('{agenda.Value.Said}'). Tjek 'udvalg' i index.md, eller angiv det med --udvalg.");
            return fromAgenda;
        }
        var byDecision = decided.GroupBy(d => d.Body, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count())
            .Select(g => (Name: g.Key, Line: 1)).ToList();
        if (CommitteeMatcher.Match(config, byDecision) is { } fromDecision)
        {
            log.Warn(1, "RS0534",
                $"referatets hoved nævner ikke udvalget; '{fromDecision.Name}' er læst af punkternes beslutninger ('Beslutning i {byDecision[0].Name} …'). Tjek 'udvalg' i index.md, eller angiv det med --udvalg.");
            return fromDecision;
        }
        CommitteeMatcher.Report(config, facts.CommitteeNames.Concat(byDecision).ToList(), log);
        return null;
    }

    private DateOnly? Date(MeetingFacts facts, (string? Body, DateOnly Date, int Line, string Said)? agenda, List<(string Body, DateOnly? Date)> decided, string sourceName)
    {
        if (given.Date is { } date)
        {
            if (facts.Date is { } written && written != date)
            {
                log.Warn(1, "RS0535",
                    $"teksten siger mødedatoen {written.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}, men --dato siger {date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}; --dato er brugt.");
            }
            return date;
        }
        if (facts.Date is not null)
        {
            if (facts.DateComposed)
            {
                log.Warn(1, "RS0536",
                    $"referatet skriver mødets dato uden årstal; {facts.Date.Value.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)} er sat sammen af dag og måned og det eneste årstal i referatets hoved. Tjek 'dato' i index.md, eller angiv den med --dato.");
            }
            return facts.Date;
        }
        if (agenda is { } approved)
        {
            log.Warn(approved.Line, "RS0537",
                $"referatets hoved nævner ikke mødets dato; {approved.Date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)} er læst af godkendelsen af dagsordenen ('{approved.Said}'). Tjek 'dato' i index.md, eller angiv den med --dato.");
            return approved.Date;
        }
        var common = decided.Where(d => d.Date is not null).GroupBy(d => d.Date!.Value).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (common is not null)
        {
            log.Warn(1, "RS0534",
                $"referatets hoved nævner ikke mødets dato; {common.Key.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)} er læst af punkternes beslutninger. Tjek 'dato' i index.md, eller angiv den med --dato.");
            return common.Key;
        }
        var hint = DanishDates.Find(sourceName) is { } inName
            ? $" Filnavnet nævner {inName.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: er det mødets dato, så importér med --dato {inName.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}."
            : "";
        log.Error(1, "RS0513",
            "mødets dato står ikke i referatet. Angiv den ved importen med --dato ÅÅÅÅ-MM-DD, eller skriv en linje som 'Mødedato: 17. februar 2026' øverst i teksten." + hint);
        return null;
    }

    /// <summary>
    /// The number of each punkt: its own when the text gives one; otherwise the table of contents' when it lists as
    /// many punkter, or the next in order. Numbers are unique and rising in the content format.
    /// </summary>
    private int[] Numbers(IReadOnlyList<ItemSpan> spans, TableOfContents toc, IReadOnlyList<SourceLine> lines)
    {
        var numbers = new int[spans.Count];
        var useToc = toc.HasNumbers && toc.Entries.Count == spans.Count;
        var previous = 0;
        for (var k = 0; k < spans.Count; k++)
        {
            var number = spans[k].Number ?? (useToc ? toc.Entries[k].Number : null);
            if (number is null || number <= previous)
            {
                var assigned = previous + 1;
                var title = spans[k].Title.Length > 0 ? $"'{spans[k].Title}'" : $"på linje {lines[spans[k].Heading].Number}";
                log.Warn(lines[spans[k].Heading].Number, "RS0522",
                    number is null
                        ? $"punktet {title} har intet nummer i teksten; det har fået nummer {assigned} efter sin plads. Ret 'nummer' i filen, hvis referatet nummererer anderledes."
                        : $"punktet {title} har nummer {number} ligesom et punkt før det; det har fået nummer {assigned}. Ret 'nummer' i filen.");
                number = assigned;
            }
            numbers[k] = number.Value;
            previous = number.Value;
        }
        return numbers;
    }

    private static TocEntry? TocEntryFor(TableOfContents toc, IReadOnlyList<ItemSpan> spans, int k, int number)
    {
        if (!toc.Exists)
        {
            return null;
        }
        if (toc.HasNumbers)
        {
            return toc.Entry(number);
        }
        var byTitle = toc.Entries.FirstOrDefault(e => LineText.SameTitle(e.Title, spans[k].Title));
        return byTitle ?? (toc.Entries.Count == spans.Count ? toc.Entries[k] : null);
    }

    /// <summary>A text that is nothing but its table of contents: a punkt for each entry, with number and title.</summary>
    private static List<ItemSpan> FromTableOfContents(TableOfContents toc, IReadOnlyList<SourceLine> lines)
    {
        if (!toc.Exists || toc.Entries.Any(e => e.Title.Length > MaxListedTitle))
        {
            return []; // a list that swallowed its neighbours is no list of punkter
        }
        var index = Math.Max(0, toc.Start);
        return [.. toc.Entries.Select(e => new ItemSpan(lines.Count, LineIndex(lines, e.Line, index), lines.Count, e.Number, e.Title, e.Mark, []))];
    }

    private const int MaxListedTitle = 160;

    private static int LineIndex(IReadOnlyList<SourceLine> lines, int number, int fallback)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Number == number)
            {
                return i;
            }
        }
        return fallback;
    }
}
