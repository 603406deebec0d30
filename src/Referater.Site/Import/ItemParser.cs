using System.Collections.Immutable;

namespace Referater.Site.Import;

/// <summary>
/// Reads one punkt: first its facts (case number, Kommunikation grid, caseworkers, markers), then its prose.
/// Closed comes first: every mark that closes the punkt is gathered (its title, a marker line, the table of contents,
/// its case line), a mark that is unsure counts as closed, and a closed punkt keeps only its number and title: its
/// text, caseworkers and attachments are written nowhere, since every file in the content folder is published.
/// </summary>
public sealed class ItemParser(ItemLabels itemLabels, ClosedMarkers markers, SectionLabels sectionLabels, ImportLog log)
{
    private readonly SectionSplitter _splitter = new(sectionLabels, log);

    /// <param name="pageHeaders">Lines that are a page's header among the punkter, not the punkt's text.</param>
    public ImportedItem Parse(ItemSpan span, IReadOnlyList<SourceLine> lines, int number, Closure tocMark, ISet<int> pageHeaders)
    {
        var headingLine = lines[span.Heading].Number;
        var body = Enumerable.Range(span.Start, span.End - span.Start)
            .Where(k => !span.TitleLines.Contains(k) && !pageHeaders.Contains(k))
            .Select(k => lines[k])
            .ToList();
        string? caseNumber = null;
        string? caseworker = null;
        var others = ImmutableArray<string>.Empty;
        GridReading? grid = null;
        var closure = new List<(Closure Mark, int Line, string Where)>();
        if (span.TitleMark is Closure.Closed or Closure.Unsure)
        {
            closure.Add((span.TitleMark, headingLine, "titlen"));
        }
        if (tocMark == Closure.Closed)
        {
            closure.Add((Closure.Closed, headingLine, "indholdsfortegnelsen"));
        }
        var headerPairs = MarkerHeaderPairs(body);
        var i = 0;
        var awaitingCaseValue = false;
        while (i < body.Count)
        {
            if (body[i].IsBlank)
            {
                i++;
                continue;
            }
            var plain = LineText.Plain(body[i].Text);
            if (sectionLabels.Recognise(plain) is not null)
            {
                break;
            }
            if (awaitingCaseValue && ItemLabels.LooksLikeCaseNumber(plain))
            {
                caseNumber ??= plain.TrimEnd('.', ',');
                awaitingCaseValue = false;
                i++;
                continue;
            }
            awaitingCaseValue = false;
            if (markers.Line(plain) is not Closure.None and var mark)
            {
                if (mark == Closure.Closed && !headerPairs.Contains(i))
                {
                    closure.Add((Closure.Closed, body[i].Number, "en linje med 'lukket'"));
                }
                i++;
                continue;
            }
            if (grid is null && (GridParser.IsGridLabel(plain) || GridParser.IsCodeRow(plain) || GridParser.IsCode(plain) || plain.StartsWith('|')))
            {
                var parsed = GridParser.Parse(body, GridParser.IsGridLabel(plain) ? i + 1 : i, body.Count);
                if (parsed is null)
                {
                    break;
                }
                grid = parsed.Value.Grid;
                if (grid.Marked is null && grid.Columns.Length > 0 && HasMarks(body, i, parsed.Value.End))
                {
                    log.Warn(body[i].Number, "RS0523",
                        $"punkt {number}: X-markeringerne i Kommunikation står ikke under hver sin kolonne i teksten, så det kan ikke ses, hvilke kolonner der er markeret. 'kommunikation' er udeladt; skriv de markerede koder selv, hvis du kender dem.");
                }
                i = Math.Max(i + 1, parsed.Value.End);
                continue;
            }
            if (itemLabels.CaseNumber(plain) is { } caseLine)
            {
                if (caseLine.Number is null)
                {
                    awaitingCaseValue = caseLine.Labelled; // "Sagsnr.:" over its value; a classification whose number is cut off awaits none
                }
                else if (caseNumber is not null && caseNumber != caseLine.Number)
                {
                    log.Warn(body[i].Number, "RS0524", $"punkt {number} har to sagsnumre ({caseNumber} og {caseLine.Number}); det første er brugt.");
                }
                else
                {
                    caseNumber = caseLine.Number;
                }
                i++;
                continue;
            }
            if (itemLabels.Caseworkers(plain) is { } workers)
            {
                if (workers.IsOthers)
                {
                    others = [.. workers.Names];
                }
                else
                {
                    caseworker = workers.Names.Count > 0 ? string.Join(", ", workers.Names) : null;
                }
                i++;
                continue;
            }
            if (itemLabels.IsDocumentNumber(plain))
            {
                i++;
                continue;
            }
            break;
        }
        // Further down, a mark of its own ("Lukket punkt", "[LUKKET]") still closes the punkt; a single word ("Lukket",
        // "Fortroligt") may be the mark or a line of the text: unsure, and unsure counts as closed.
        for (var k = i; k < body.Count; k++)
        {
            var plain = LineText.Plain(body[k].Text);
            if (!body[k].IsBlank && !headerPairs.Contains(k) && markers.Line(plain) == Closure.Closed)
            {
                closure.Add((ClosedMarkers.IsPlainWord(plain) ? Closure.Unsure : Closure.Closed, body[k].Number, $"linje {body[k].Number}"));
            }
        }
        if (closure.Count > 0)
        {
            var last = body.Where(l => !l.IsBlank).Select(l => l.Number).DefaultIfEmpty(headingLine).Max();
            if (closure.All(c => c.Mark == Closure.Unsure))
            {
                log.Warn(closure[0].Line, "RS0529",
                    $"punkt {number} er måske lukket ('lukket' står i {closure[0].Where}, men ikke som punktets markering). Det er importeret som lukket, og dets tekst (linje {headingLine}–{last}) er ikke skrevet. "
                    + "Er punktet åbent, så ret 'lukket: true' til 'lukket: false', og skriv teksten ind fra kilden.");
            }
            else
            {
                log.Warn(headingLine, "RS0525",
                    $"punkt {number} er lukket: kun nummer og titel er skrevet, og punktets tekst (linje {headingLine}–{last}) er ikke skrevet nogen steder. Skriv selv 'beslutning_offentlig', hvis en del af beslutningen må offentliggøres.");
            }
            return new ImportedItem(number, span.Title, null, null, null, [], IsClosed: true, [], [], headingLine);
        }
        var (sections, attachments) = _splitter.Split(body.Skip(i).ToList(), number);
        return new ImportedItem(number, span.Title, caseNumber, grid, caseworker, others, IsClosed: false, attachments, sections, headingLine);
    }

    /// <summary>
    /// "Åbent punkt" and "Lukket punkt" next to each other are the column headers of a table that says which one
    /// applies (a number under one of them), not a mark.
    /// </summary>
    private HashSet<int> MarkerHeaderPairs(List<SourceLine> body)
    {
        var pairs = new HashSet<int>();
        int? previous = null;
        var previousMark = Closure.None;
        for (var k = 0; k < body.Count; k++)
        {
            if (body[k].IsBlank)
            {
                continue;
            }
            var mark = markers.Line(LineText.Plain(body[k].Text));
            if (mark != Closure.None && previous is { } p && previousMark != Closure.None && previousMark != mark)
            {
                pairs.Add(p);
                pairs.Add(k);
            }
            (previous, previousMark) = (k, mark);
        }
        return pairs;
    }

    private static bool HasMarks(IReadOnlyList<SourceLine> body, int start, int end) =>
        Enumerable.Range(start, Math.Max(0, end - start)).Any(k => GridParser.IsMarks(body[k].Trimmed));
}
