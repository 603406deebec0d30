using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>Where a punkt starts: its line, number, title (which may wrap onto following lines), and whether it is closed.</summary>
public sealed record ItemHeading(int Index, int Number, string Title, bool IsClosed, int End);

/// <summary>
/// Finds the punkt headings: "Punkt 12: …", "Pkt. 12 …", "# Punkt 12:", "## **Punkt 93: …**", "12. …", or, when the
/// referat numbers nothing, the title line above each case number (numbered in order, with a warning).
/// Entries of the table of contents are not headings, and neither is a "Punkt 3" that breaks the order.
/// </summary>
public sealed partial class ItemHeadingRecogniser(ItemLabels itemLabels, SectionLabels sectionLabels, ImportLog log)
{
    [GeneratedRegex(@"^(?:punkt|pkt)\.?\s*(?<n>\d{1,4})\b\s*(?<separator>[:.\-–)]?)\s*(?<title>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitPattern();

    [GeneratedRegex(@"^(?<n>\d{1,3})\.\s+(?<title>\p{Lu}.*)$")]
    private static partial Regex BarePattern();

    [GeneratedRegex(@"(?:\.{3,}|…+|\t|\s{3,})\s*\d{1,4}\s*$")]
    private static partial Regex TocEntryPattern();

    /// <summary>How far below a bare "12. …" line the punkt's facts or sections must begin.</summary>
    private const int LookAhead = 15;

    private const int MinWrappedTitleLength = 35;
    private const int MaxTitleContinuationWords = 12;

    public static bool IsTocEntry(string trimmed) => TocEntryPattern().IsMatch(trimmed);

    public IReadOnlyList<ItemHeading> Find(IReadOnlyList<SourceLine> lines)
    {
        var explicitOnes = Candidates(lines, ExplicitPattern(), requireFacts: false);
        if (explicitOnes.Count > 0)
        {
            return InOrder(WithoutTableOfContents(explicitOnes), lines, warn: true);
        }
        var bare = Candidates(lines, BarePattern(), requireFacts: true);
        if (bare.Count > 0)
        {
            return InOrder(WithoutTableOfContents(bare), lines, warn: false);
        }
        return Unnumbered(lines);
    }

    private List<(int Index, int Number, string Title)> Candidates(IReadOnlyList<SourceLine> lines, Regex pattern, bool requireFacts)
    {
        var found = new List<(int, int, string)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || IsTocEntry(lines[i].Trimmed))
            {
                continue;
            }
            var (level, _) = LineText.Heading(lines[i].Trimmed);
            var match = pattern.Match(LineText.Plain(lines[i].Text));
            // A PDF's heading may follow the text above it directly; "Punkt 3 i aftalen …" in the prose has no colon.
            var standsAlone = level > 0 || i == 0 || lines[i - 1].IsBlank || lines[i].AfterPageBreak
                              || match.Groups["separator"].Value is ":";
            if (!standsAlone || !match.Success || !int.TryParse(match.Groups["n"].Value, out var number))
            {
                continue;
            }
            if (requireFacts && level == 0 && !FactsFollow(lines, i + 1, pattern))
            {
                continue;
            }
            found.Add((i, number, match.Groups["title"].Value.Trim()));
        }
        return found;
    }

    /// <summary>A numbered list in the prose is not a punkt: a punkt's facts or sections follow its heading.</summary>
    private bool FactsFollow(IReadOnlyList<SourceLine> lines, int start, Regex pattern)
    {
        for (var i = start; i < lines.Count && i < start + LookAhead; i++)
        {
            var plain = LineText.Plain(lines[i].Text);
            if (plain.Length == 0)
            {
                continue;
            }
            if (pattern.IsMatch(plain))
            {
                return false;
            }
            if (IsFact(plain))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A line that states a punkt's facts or opens one of its sections.</summary>
    public bool IsFact(string plain) =>
        itemLabels.CaseNumber(plain) is not null
        || ItemLabels.Caseworkers(plain) is not null
        || ItemLabels.IsClosedMarker(plain)
        || GridParser.IsGridLabel(plain)
        || GridParser.IsCodeRow(plain)
        || sectionLabels.Recognise(plain) is not null;

    /// <summary>A table of contents that lists "Punkt 10 …" without page numbers repeats the numbers that follow.</summary>
    private static List<(int Index, int Number, string Title)> WithoutTableOfContents(List<(int Index, int Number, string Title)> candidates)
    {
        while (candidates.Count > 1 && candidates.Skip(1).Any(c => c.Number == candidates[0].Number))
        {
            candidates.RemoveAt(0);
        }
        return candidates;
    }

    private List<ItemHeading> InOrder(List<(int Index, int Number, string Title)> candidates, IReadOnlyList<SourceLine> lines, bool warn)
    {
        var headings = new List<ItemHeading>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var (index, number, title) = candidates[k];
            var last = headings.Count > 0 ? headings[^1].Number : int.MinValue;
            // "Punkt 12: se bilag" in the prose of punkt 5 jumps ahead of the punkt 6 that follows it.
            var jumpsAhead = candidates.Skip(k + 1).Any(later => later.Number > last && later.Number < number);
            if (headings.Count > 0 && (number <= last || jumpsAhead))
            {
                if (warn)
                {
                    log.Warn(lines[index].Number, "RS0521",
                        $"linjen ligner overskriften på punkt {number}, men den passer ikke i rækkefølgen efter punkt {last}. Den er beholdt som tekst i punkt {last}.");
                }
                continue;
            }
            headings.Add(Heading(lines, index, number, title));
        }
        return headings;
    }

    private List<ItemHeading> Unnumbered(IReadOnlyList<SourceLine> lines)
    {
        var headings = new List<ItemHeading>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || itemLabels.CaseNumber(LineText.Plain(lines[i].Text)) is null)
            {
                continue;
            }
            var j = i - 1;
            while (j >= 0 && (lines[j].IsBlank || ItemLabels.Caseworkers(LineText.Plain(lines[j].Text)) is not null || ItemLabels.IsClosedMarker(LineText.Plain(lines[j].Text))))
            {
                j--;
            }
            if (j < 0 || (headings.Count > 0 && j < headings[^1].End) || IsFact(LineText.Plain(lines[j].Text)))
            {
                continue;
            }
            var first = j;
            while (first > 0 && !lines[first - 1].IsBlank && !IsFact(LineText.Plain(lines[first - 1].Text)) && j - first < 2)
            {
                first--;
            }
            var title = string.Join(' ', Enumerable.Range(first, j - first + 1).Select(k => LineText.Plain(lines[k].Text)));
            var number = headings.Count + 1;
            log.Warn(lines[first].Number, "RS0522",
                $"punktet '{title}' har intet nummer i teksten; det har fået nummer {number} efter sin plads. Ret 'nummer' i filen, hvis referatet nummererer anderledes.");
            var (clean, closed) = ItemLabels.ClosedTitle(title);
            headings.Add(new ItemHeading(first, number, clean, closed, j + 1));
        }
        return headings;
    }

    /// <summary>The title, with the lines it wraps onto (a long heading in a PDF), or the next line when the heading has none.</summary>
    private ItemHeading Heading(IReadOnlyList<SourceLine> lines, int index, int number, string title)
    {
        var end = index + 1;
        var parts = new List<string>();
        if (title.Length > 0)
        {
            parts.Add(title);
        }
        else
        {
            while (end < lines.Count && lines[end].IsBlank)
            {
                end++;
            }
            if (end < lines.Count && !IsFact(LineText.Plain(lines[end].Text)))
            {
                parts.Add(LineText.Plain(lines[end].Text));
                end++;
            }
        }
        while (end < lines.Count && !lines[end].IsBlank && parts.Count is > 0 and < 4 && WrapsOnto(parts[^1], LineText.Plain(lines[end].Text)))
        {
            parts.Add(LineText.Plain(lines[end].Text));
            end++;
        }
        var (clean, closed) = ItemLabels.ClosedTitle(string.Join(' ', parts).Trim());
        if (clean.Length == 0)
        {
            clean = $"Punkt {number}";
            log.Warn(lines[index].Number, "RS0527", $"punkt {number} har ingen titel i teksten; titlen er sat til '{clean}'. Skriv den rigtige titel i 'titel'.");
        }
        return new ItemHeading(index, number, clean, closed, end);
    }

    /// <summary>A long title wraps onto the next line; prose that follows a short title directly does not belong to it.</summary>
    private bool WrapsOnto(string previous, string next) =>
        previous.Length >= MinWrappedTitleLength
        && next.Length > 0
        && !next.EndsWith('.')
        && next.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleContinuationWords
        && !IsFact(next);
}
