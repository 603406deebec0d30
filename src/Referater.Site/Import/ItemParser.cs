using System.Collections.Immutable;

namespace Referater.Site.Import;

/// <summary>
/// Reads one punkt: first its facts (case number, Kommunikation grid, caseworkers, closed or not), then its prose.
/// A closed punkt keeps only its number and title: its text is written nowhere, since every file is published.
/// </summary>
public sealed class ItemParser(ItemLabels itemLabels, SectionLabels sectionLabels, ImportLog log)
{
    private readonly SectionSplitter _splitter = new(sectionLabels, log);

    public ImportedItem Parse(ItemHeading heading, IReadOnlyList<SourceLine> body, int headingLine)
    {
        string? caseNumber = null;
        string? caseworker = null;
        var others = ImmutableArray<string>.Empty;
        GridReading? grid = null;
        var closed = heading.IsClosed;
        var i = 0;
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
            if (grid is null && (GridParser.IsGridLabel(plain) || GridParser.IsCodeRow(plain) || plain.StartsWith('|')))
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
                        $"punkt {heading.Number}: X-markeringerne i Kommunikation står ikke under hver sin kolonne i teksten, så det kan ikke ses, hvilke kolonner der er markeret. 'kommunikation' er udeladt; skriv de markerede koder selv, hvis du kender dem.");
                }
                i = parsed.Value.End;
                continue;
            }
            if (itemLabels.CaseNumber(plain) is { } number)
            {
                if (caseNumber is not null && caseNumber != number)
                {
                    log.Warn(body[i].Number, "RS0524", $"punkt {heading.Number} har to sagsnumre ({caseNumber} og {number}); det første er brugt.");
                }
                caseNumber ??= number;
                i++;
                continue;
            }
            if (ItemLabels.Caseworkers(plain) is { } workers)
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
            if (ItemLabels.IsClosedMarker(plain) || ItemLabels.IsOpenMarker(plain))
            {
                closed |= ItemLabels.IsClosedMarker(plain);
                i++;
                continue;
            }
            break;
        }
        // Wherever the mark stands in the punkt, a closed punkt's text must not reach a published file.
        closed |= body.Any(line => ItemLabels.IsClosedMarker(LineText.Plain(line.Text)));
        if (closed)
        {
            var last = body.Count > 0 ? body[^1].Number : headingLine;
            log.Warn(headingLine, "RS0525",
                $"punkt {heading.Number} er lukket: kun nummer og titel er skrevet, og punktets tekst (linje {headingLine}–{last}) er ikke skrevet nogen steder. Skriv selv 'beslutning_offentlig', hvis en del af beslutningen må offentliggøres.");
            return new ImportedItem(heading.Number, heading.Title, null, null, null, [], IsClosed: true, [], [], headingLine);
        }
        var (sections, attachments) = _splitter.Split(body.Skip(i).ToList(), heading.Number);
        return new ImportedItem(heading.Number, heading.Title, caseNumber, grid, caseworker, others, IsClosed: false, attachments, sections, headingLine);
    }

    private static bool HasMarks(IReadOnlyList<SourceLine> body, int start, int end) =>
        Enumerable.Range(start, Math.Max(0, end - start)).Any(k => GridParser.IsMarks(body[k].Trimmed));
}
