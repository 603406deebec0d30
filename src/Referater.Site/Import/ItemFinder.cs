using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>How the punkter of a referat were told apart, from the surest signal to the weakest.</summary>
public enum ItemSignal
{
    NumberedHeadings,
    TableOfContentsTitles,
    CaseLines,
    SectionSequence,
    TableOfContentsOnly,
}

/// <summary>
/// Where one punkt lies in the lines: from <see cref="Start"/> (which may lie above its heading, when a marker or a
/// case number there belongs to it) to <see cref="End"/>; its number when the text gives one, its title ("" when the
/// text has none) and the lines that hold the title, which are not part of its body.
/// </summary>
public sealed record ItemSpan(int Start, int Heading, int End, int? Number, string Title, Closure TitleMark, ImmutableHashSet<int> TitleLines);

/// <summary>
/// Finds the punkter from every signal a referat gives, together: numbered headings in all their forms ("Punkt 12:",
/// "Pkt. 12", "12.", "12 :", "Nr.12 -", "• 1 Titel", a number alone with the title on the next line), checked against
/// the table of contents and against the facts and sections that follow a heading; titles that repeat the table of
/// contents; case lines, with the title before or after them, whichever the document does; and, when nothing else
/// is there, a sequence of sections that starts again after a decision.
/// </summary>
public sealed partial class ItemFinder(ImportVocabulary vocabulary, ItemLabels itemLabels, ClosedMarkers markers)
{
    [GeneratedRegex(@"^(?:(?<prefix>(?i:punkt|pkt|nr|sag\s*nr|dagsordenspunkt))\.?\s*)?(?<n>\d{1,4})(?<sep>\s*[.:)]\s*|\s*[-–]\s+|\s+|(?=\p{Lu}\p{Ll})|$)(?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"^(?<n>\d{1,4})\.?\s+")]
    private static partial Regex DuplicateNumberPattern();

    /// <summary>How far below a heading its facts or sections must begin, in lines with text.</summary>
    private const int LookAhead = 12;

    private const int MinWrappedTitleLength = 35;
    private const int MaxTitleContinuationWords = 12;
    private const int MaxTitleLength = 250;

    /// <param name="Followed">Whether the punkt's facts or sections follow the heading.</param>
    private sealed record Candidate(int Index, int Number, string Title, int Weight, bool Explicit, int Level, bool Weak = false, bool Followed = false);

    private readonly SectionLabels _sections = new(vocabulary, null, null);

    public (IReadOnlyList<ItemSpan> Items, ItemSignal Signal, IReadOnlyList<(int Index, int Number)> Rejected) Find(
        IReadOnlyList<SourceLine> lines, TableOfContents toc)
    {
        var (numbered, rejected) = NumberedHeadings(lines, toc);
        var caseBlocks = CaseBlocks(lines, toc);
        // One stray "1. …" in the prose must not turn a referat told apart by its case lines into a single punkt.
        if (numbered.Count > 0 && !(numbered.Count == 1 && caseBlocks.Count >= 3))
        {
            return (Spans(lines, numbered.Select(c => (c.Index, (int?)c.Number, c.Title)).ToList()), ItemSignal.NumberedHeadings, rejected);
        }
        var byToc = TocTitles(lines, toc);
        if (byToc.Count >= 2 || byToc.Count == 1 && toc.Entries.Count == 1)
        {
            return (Spans(lines, byToc), ItemSignal.TableOfContentsTitles, rejected);
        }
        if (caseBlocks.Count > 0)
        {
            return (ByCaseLines(lines, caseBlocks), ItemSignal.CaseLines, rejected);
        }
        var sequence = SectionSequence(lines, toc);
        if (sequence.Count > 0)
        {
            return (sequence, ItemSignal.SectionSequence, rejected);
        }
        return ([], ItemSignal.TableOfContentsOnly, rejected);
    }

    // ---- numbered headings -------------------------------------------------------------------------------------

    private (List<Candidate> Accepted, List<(int, int)> Rejected) NumberedHeadings(IReadOnlyList<SourceLine> lines, TableOfContents toc)
    {
        var candidates = new List<Candidate>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || toc.Contains(i) || Parse(lines[i], i == 0 || lines[i - 1].IsBlank) is not { } heading)
            {
                continue;
            }
            var (number, title, isExplicit, level, weak) = heading;
            if (SourceLines.PreviousText(lines, i) is { } previous && IsSameHeading(lines[previous], number, title))
            {
                continue; // a page's folded heading over the punkt's own: one heading
            }
            if (title.Length == 0 && SourceLines.NextText(lines, i) is { } below && Parse(lines[below]) is { } same && same.Number == number && same.Title.Length > 0)
            {
                continue; // "79" over "79. Meddelelser": a page number, or the heading's number set apart
            }
            if (title.Length == 0 && toc.Exists && i < toc.Start)
            {
                continue; // "2" over "Indholdsfortegnelse": a page's number, for the punkter come after the list
            }
            var weight = (isExplicit ? 2 : 0) + (level > 0 ? 1 : 0);
            if (CaseLineFollows(lines, i))
            {
                weight += 1;
            }
            // The table of contents lists the title without the mark a heading may carry ("1 Åbent Meddelelser").
            var listed = markers.HeadingTitle(title).Title;
            if (toc.HasNumbers)
            {
                var entry = toc.Entry(number);
                // "Punkt 28. Beslutning om …" in a decision, where the list's 28 is another title: a sentence about a punkt.
                weight += entry is null ? -3 : LineText.SameTitle(entry.Title, listed) || title.Length == 0 ? 3 : Related(entry.Title, listed) ? 1 : -1;
            }
            else if (toc.Exists && title.Length > 0 && toc.Entries.Any(e => LineText.SameTitle(e.Title, listed)))
            {
                weight += 2;
            }
            // A punkt's facts follow its heading; a numbered list in the prose goes on with its next item.
            var followed = FactsFollow(lines, i + 1, toc, isExplicit ? LookAhead : title.Length == 0 ? 3 : 2, number, title);
            if (followed)
            {
                weight += 2;
            }
            if (MarkerAbove(lines, i))
            {
                weight += 1;
            }
            if (title.Length > 0 && markers.Title(title).Mark == Closure.Closed)
            {
                weight += 2; // "6. Lukket punkt": a closed punkt shows nothing but its heading
            }
            if (!isExplicit && level == 0 && title.EndsWith('.') && title.Contains(' ') && !title.EndsWith("..", StringComparison.Ordinal))
            {
                weight -= 1; // "1. Dagsordenen godkendes.": a sentence, more often a list's item than a heading
            }
            if (weak)
            {
                weight = Math.Min(weight, 1);
            }
            if (weight <= 0 && !(title.Length > 0 && !isExplicit))
            {
                continue;
            }
            candidates.Add(new Candidate(i, number, title, weight, isExplicit, level, weak, followed));
        }
        // "1. Første forslag." directly over "2. Andet forslag.", no blank line between: a list in the prose. A line of
        // such a run that has a punkt's facts under it is a heading still: a text without blank lines puts the headings
        // of punkter whose text is folded away right over the next.
        for (var k = 0; k < candidates.Count; k++)
        {
            var current = candidates[k];
            var listed = !current.Followed && candidates.Any(other => other != current && !other.Explicit && !current.Explicit && current.Level == 0
                                                 && Math.Abs(other.Number - current.Number) == 1 && Math.Abs(other.Index - current.Index) == 1
                                                 && Indent(lines[other.Index]) == Indent(lines[current.Index]) && Style(lines[other.Index]) == Style(lines[current.Index]));
            if (listed)
            {
                candidates[k] = current with { Weight = Math.Min(current.Weight, 0) };
            }
        }
        // A heading with nothing under it, directly followed by the next punkt's heading written the same way: a punkt
        // whose text the page folded away, or left out. From the last to the first, so that a run of them counts.
        for (var k = candidates.Count - 2; k >= 0; k--)
        {
            var (current, next) = (candidates[k], candidates[k + 1]);
            if (current.Weight < 2 && next.Weight >= 2 && next.Number == current.Number + 1 && SourceLines.NextText(lines, current.Index) == next.Index
                && Style(lines[current.Index]) == Style(lines[next.Index]))
            {
                candidates[k] = current with { Weight = 2 };
            }
        }
        // "Punkt 12:" where the referat says so: a bare "12." is then a list in the prose.
        var strongExplicit = candidates.Count(c => c.Explicit && c.Weight >= 2);
        var strongBare = candidates.Count(c => !c.Explicit && c.Weight >= 3);
        var pool = strongExplicit > 0 && strongExplicit >= strongBare ? candidates.Where(c => c.Explicit).ToList() : candidates;
        var all = pool;
        // "Punkt 16 oversendes til …" is a sentence about a punkt: it is said when it breaks the order, never a heading.
        pool = [.. pool.Where(c => !c.Weak && (c.Weight >= 2 || c.Explicit && c.Weight > 0 || c.Level > 0 && c.Weight > 0))];
        var accepted = HeaviestRisingRun(pool);
        var rejected = all.Where(c => !accepted.Contains(c) && (c.Explicit || c.Weight >= 3)).Select(c => (c.Index, c.Number)).ToList();
        return (accepted, rejected);
    }

    /// <summary>
    /// "Punkt 12: Titel", "12. Titel", "1 : Titel", "Nr.1 - Titel", "1" alone; not a date, a year or a list item in lower
    /// case. "Punkt 3 i aftalen …" after a blank line is a weak candidate: it is said, when it breaks the order.
    /// </summary>
    private (int Number, string Title, bool Explicit, int Level, bool Weak)? Parse(SourceLine line, bool afterBlank = true)
    {
        var (level, _) = LineText.Heading(line.Trimmed);
        var plain = LineText.Plain(line.Text);
        var match = NumberedPattern().Match(plain);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number == 0)
        {
            return null;
        }
        var isExplicit = match.Groups["prefix"].Success;
        var separator = match.Groups["sep"].Value.Trim();
        var title = SpacePattern().Replace(match.Groups["title"].Value.Trim(), " ");
        if (title.Length > MaxTitleLength)
        {
            return null;
        }
        if (!isExplicit)
        {
            if (number is >= 1900 and <= 2100 || DanishDates.Find(plain) is { Index: 0 } || DanishDates.FindTime(plain) is { Index: 0 })
            {
                return null;
            }
            // "3 mio. kr." and "2 stedfortrædere": a number in the prose; a heading's title starts with a capital. "1. At der
            // udstedes byggetilladelse" is a recommendation's clause, which no title opens with.
            if (title.Length > 0 && (!StartsLikeTitle(title) || ClausePattern().IsMatch(title)))
            {
                return null;
            }
            return (number, title, false, level, false);
        }
        if (title.Length > 0 && !StartsLikeTitle(title) && separator is not (":" or "." or "-" or "–"))
        {
            return afterBlank ? (number, title, true, level, true) : null;
        }
        return (number, title, true, level, false);
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@"^[Aa]t\s+\p{Ll}")]
    private static partial Regex ClausePattern();

    private static int Indent(SourceLine line) => line.Text.Length - line.Text.TrimStart().Length;

    /// <summary>How a heading is written: "12. ", "12 ", "12:", "12Titel", "Punkt 12" — the same in one referat.</summary>
    private static string Style(SourceLine line)
    {
        var match = NumberedPattern().Match(LineText.Plain(line.Text));
        return $"{match.Groups["prefix"].Value.ToLowerInvariant()}|{match.Groups["sep"].Value.Trim()}|{match.Groups["sep"].Length > 0}";
    }

    private static bool StartsLikeTitle(string title) =>
        char.IsUpper(title[0]) || char.IsDigit(title[0]) || title[0] is '§' or '"' or '”' or '“' or '\'' or '(' or '[' or '«';

    /// <summary>The run of candidates whose numbers rise that has the most evidence (the longer one, where that is equal).</summary>
    private static List<Candidate> HeaviestRisingRun(List<Candidate> candidates)
    {
        var n = candidates.Count;
        if (n == 0)
        {
            return [];
        }
        var weight = new int[n];
        var length = new int[n];
        var previous = new int[n];
        for (var k = 0; k < n; k++)
        {
            (weight[k], length[k], previous[k]) = (candidates[k].Weight, 1, -1);
            for (var j = 0; j < k; j++)
            {
                var w = weight[j] + candidates[k].Weight;
                if (candidates[j].Number < candidates[k].Number && (w > weight[k] || w == weight[k] && length[j] + 1 > length[k]))
                {
                    (weight[k], length[k], previous[k]) = (w, length[j] + 1, j);
                }
            }
        }
        var best = Enumerable.Range(0, n).OrderByDescending(k => weight[k]).ThenByDescending(k => length[k]).First();
        var run = new List<Candidate>();
        for (var k = best; k >= 0; k = previous[k])
        {
            run.Add(candidates[k]);
        }
        run.Reverse();
        return run;
    }

    /// <summary>A punkt's facts or sections follow its heading: a case line, a label, a marker, a grid.</summary>
    private bool FactsFollow(IReadOnlyList<SourceLine> lines, int start, TableOfContents toc, int within, int number, string title)
    {
        var seen = 0;
        var previous = "";
        for (var i = start; i < lines.Count && seen < within; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }
            if (toc.Contains(i))
            {
                return false;
            }
            seen++;
            var plain = LineText.Plain(lines[i].Text);
            if (IsFact(plain))
            {
                return true;
            }
            if (IsSameHeading(lines[i], number, title) || LineText.SameTitle(plain, previous))
            {
                seen--; // the heading, or the title under a number alone, said twice
                continue;
            }
            previous = plain;
            if (Parse(lines[i]) is { } next && (seen > 1 || !next.Explicit && next.Title.Length > 0))
            {
                return false;
            }
        }
        return false;
    }

    private bool IsSameHeading(SourceLine line, int number, string title) =>
        Parse(line) is { } other && other.Number == number && title.Length > 0 && LineText.SameTitle(other.Title, title);

    /// <summary>A case line right under the heading (or under its title): the surest sign of a punkt.</summary>
    private bool CaseLineFollows(IReadOnlyList<SourceLine> lines, int index)
    {
        var next = SourceLines.NextText(lines, index);
        for (var seen = 0; next is { } i && seen < 2; seen++, next = SourceLines.NextText(lines, i))
        {
            if (itemLabels.CaseNumber(LineText.Plain(lines[i].Text)) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private bool MarkerAbove(IReadOnlyList<SourceLine> lines, int index)
    {
        return SourceLines.PreviousText(lines, index) is { } i && markers.Line(LineText.Plain(lines[i].Text)) != Closure.None;
    }

    /// <summary>A line that states a punkt's facts or opens one of its sections.</summary>
    public bool IsFact(string plain) =>
        itemLabels.CaseNumber(plain) is not null
        || itemLabels.Caseworkers(plain) is not null
        || markers.Line(plain) != Closure.None
        || GridParser.IsGridLabel(plain)
        || GridParser.IsCodeRow(plain)
        || GridParser.IsCode(plain)
        || IsSectionLabel(plain);

    private bool IsSectionLabel(string plain) =>
        vocabulary.Match(plain, ImportVocabulary.SectionKinds) is { } label && (label.Rest.Length == 0 || label.HasColon)
        || _sections.Recognise(plain) is not null;

    // ---- titles that repeat the table of contents ------------------------------------------------------------------

    private List<(int Index, int? Number, string Title)> TocTitles(IReadOnlyList<SourceLine> lines, TableOfContents toc)
    {
        var found = new List<(int, int?, string)>();
        if (!toc.Exists)
        {
            return found;
        }
        var next = 0;
        for (var i = toc.End; i < lines.Count && next < toc.Entries.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }
            var plain = LineText.Plain(lines[i].Text);
            for (var k = next; k < toc.Entries.Count; k++)
            {
                if (LineText.SameTitle(toc.Entries[k].Title, plain) || LineText.SameTitle(toc.Entries[k].Title, markers.Title(plain).Title))
                {
                    found.Add((i, toc.Entries[k].Number, toc.Entries[k].Title));
                    next = k + 1;
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>The same title, shortened or lengthened: one begins as the other does.</summary>
    private static bool Related(string a, string b)
    {
        var (x, y) = (LineText.Comparable(a), LineText.Comparable(b));
        var length = Math.Min(RelatedPrefix, Math.Min(x.Length, y.Length));
        return length > 0 && string.CompareOrdinal(x, 0, y, 0, length) == 0;
    }

    private const int RelatedPrefix = 12;

    // ---- case lines ---------------------------------------------------------------------------------------------

    /// <summary>Runs of fact lines (case line, caseworkers, marker, document number) that hold a case line.</summary>
    private List<(int First, int Last)> CaseBlocks(IReadOnlyList<SourceLine> lines, TableOfContents toc)
    {
        var blocks = new List<(int, int)>();
        for (var i = 0; i < lines.Count; i++)
        {
            // The punkter come after the table of contents: a number above it is the document's own.
            if (lines[i].IsBlank || toc.Contains(i) || toc.Exists && i < toc.Start || itemLabels.CaseNumber(LineText.Plain(lines[i].Text)) is null)
            {
                continue;
            }
            var first = i;
            while (SourceLines.PreviousText(lines, first) is { } above && IsItemFact(lines[above]))
            {
                first = above;
            }
            var last = i;
            while (SourceLines.NextText(lines, last) is { } below && (IsItemFact(lines[below]) || IsCaseValue(lines, below)))
            {
                last = below;
            }
            if (blocks.Count > 0 && first <= blocks[^1].Item2)
            {
                continue;
            }
            blocks.Add((first, last));
            i = last;
        }
        return blocks;
    }

    private bool IsItemFact(SourceLine line)
    {
        var plain = LineText.Plain(line.Text);
        return itemLabels.CaseNumber(plain) is not null || itemLabels.Caseworkers(plain) is not null
               || itemLabels.IsDocumentNumber(plain) || markers.Line(plain) != Closure.None;
    }

    /// <summary>"Sagsnr." on one line and "450-2018-4075" on the next.</summary>
    private bool IsCaseValue(IReadOnlyList<SourceLine> lines, int index) =>
        SourceLines.PreviousText(lines, index) is { } above && itemLabels.CaseNumber(LineText.Plain(lines[above].Text)) is { Number: null, Labelled: true }
        && ItemLabels.LooksLikeCaseNumber(LineText.Plain(lines[index].Text));

    private List<ItemSpan> ByCaseLines(IReadOnlyList<SourceLine> lines, List<(int First, int Last)> blocks)
    {
        // Whether the title stands after the case line (a web layout) or before it is one choice for the whole document.
        var after = 0;
        var before = 0;
        foreach (var (first, last) in blocks)
        {
            var titleAfter = TitleAfter(lines, last);
            if (titleAfter is not null)
            {
                after++;
            }
            else if (TitleBefore(lines, first) is not null)
            {
                before++;
            }
        }
        var titleFirst = before > after;
        var headings = new List<(int Index, int? Number, string Title, ImmutableHashSet<int> TitleLines, int Start)>();
        foreach (var (first, last) in blocks)
        {
            if (titleFirst && TitleBefore(lines, first) is { } above)
            {
                headings.Add((above.First, null, above.Title, Range(above.First, above.Last), above.First));
            }
            else if (!titleFirst && TitleAfter(lines, last) is { } below)
            {
                headings.Add((below.First, null, below.Title, Range(below.First, below.Last), first));
            }
            else
            {
                headings.Add((first, null, "", [], first));
            }
        }
        var spans = new List<ItemSpan>();
        for (var k = 0; k < headings.Count; k++)
        {
            var end = k + 1 < headings.Count ? headings[k + 1].Start : lines.Count;
            var (index, number, title, titleLines, start) = headings[k];
            var (clean, mark) = markers.Title(title);
            spans.Add(new ItemSpan(start, index, end, number, clean, mark, titleLines));
        }
        return spans;
    }

    private static ImmutableHashSet<int> Range(int first, int last) => [.. Enumerable.Range(first, last - first + 1)];

    /// <summary>The title after a case block: a line that is no fact, followed by the punkt's grid, facts or sections.</summary>
    private (int First, int Last, string Title)? TitleAfter(IReadOnlyList<SourceLine> lines, int last)
    {
        if (SourceLines.NextText(lines, last) is not { } first)
        {
            return null;
        }
        var plain = LineText.Plain(lines[first].Text);
        if (!IsTitleLike(plain))
        {
            return null;
        }
        var end = first;
        var title = plain;
        while (SourceLines.NextText(lines, end) is { } following && following == end + 1 && !IsFact(LineText.Plain(lines[following].Text))
               && WrapsOnto(title, LineText.Plain(lines[following].Text)))
        {
            title += " " + LineText.Plain(lines[following].Text);
            end = following;
        }
        return SourceLines.NextText(lines, end) is { } then && IsFact(LineText.Plain(lines[then].Text)) ? (first, end, title) : null;
    }

    /// <summary>The title before a case block: the line above it (with the lines it wraps from), when it is no fact.</summary>
    private (int First, int Last, string Title)? TitleBefore(IReadOnlyList<SourceLine> lines, int first)
    {
        if (SourceLines.PreviousText(lines, first) is not { } last)
        {
            return null;
        }
        var plain = LineText.Plain(lines[last].Text);
        // The line under a section label is that section's text ("Beslutning" / "Godkendt."), not the next title; under a
        // label that has its text beside it ("BESLUTNING … Godkendt."), it may be.
        if (!IsTitleLike(plain) || plain.EndsWith(':')
            || SourceLines.PreviousText(lines, last) is { } above && _sections.Recognise(LineText.Plain(lines[above].Text)) is { Text: null or "" })
        {
            return null;
        }
        var top = last;
        while (top > 0 && !lines[top - 1].IsBlank && last - top < 2 && IsTitleLike(LineText.Plain(lines[top - 1].Text)))
        {
            top--;
        }
        var title = string.Join(' ', Enumerable.Range(top, last - top + 1).Select(k => LineText.Plain(lines[k].Text)));
        return (top, last, title);
    }

    private bool IsTitleLike(string plain) =>
        plain.Length is > 1 and <= MaxTitleLength && !IsFact(plain) && !GridParser.IsCode(plain) && !GridParser.IsMarks(plain)
        && vocabulary.Match(plain, ImportVocabulary.HeadKinds) is not { HasColon: true }
        && vocabulary.WholeLine(plain, LabelKind.TableOfContents) is null;

    // ---- sections that start again ------------------------------------------------------------------------------

    /// <summary>
    /// Without numbers or case lines, the sections tell the punkter apart. A punkt ends with its decision, and the next
    /// begins with its first section ("Resume" after "Beslutning"); or each punkt opens with the same section under its
    /// title (a page that puts "Beslutning" first): that section again, under a line standing alone, is the next punkt.
    /// </summary>
    private List<ItemSpan> SectionSequence(IReadOnlyList<SourceLine> lines, TableOfContents toc)
    {
        var starts = new List<(int Index, string Title, ImmutableHashSet<int> TitleLines)>();
        SectionLabel? opener = null;
        var decided = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || toc.Contains(i))
            {
                continue;
            }
            var plain = LineText.Plain(lines[i].Text);
            // "Åben" or "Lukket" alone over a punkt's first section: the punkt's own mark, and where it begins.
            if (markers.Line(plain) != Closure.None && SourceLines.NextText(lines, i) is { } next && SectionOf(lines[next]) is { } first)
            {
                starts.Add((i, "", []));
                (opener, decided) = (first, first.Kind == SectionKind.Decision);
                i = next;
                continue;
            }
            if (SectionOf(lines[i]) is not { } label || label.Kind == SectionKind.Attachments)
            {
                continue;
            }
            var again = opener is not null && label.Kind == opener.Kind && (label.Kind != SectionKind.Other || label.Heading == opener.Heading);
            var title = TitleOver(lines, i, toc, alone: !again);
            // After a punkt that opened with its decision, only a title says that the next section is the next punkt's.
            var afterDecision = decided && label.Kind != SectionKind.Decision && (opener!.Kind != SectionKind.Decision || title is not null);
            if (opener is null || afterDecision || again && title is not null)
            {
                starts.Add(title is { } above ? (above, LineText.Plain(lines[above].Text), [above]) : (i, "", []));
                (opener, decided) = (label, label.Kind == SectionKind.Decision);
                continue;
            }
            decided |= label.Kind == SectionKind.Decision;
        }
        var spans = new List<ItemSpan>();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1].Index : lines.Count;
            var (clean, mark) = markers.Title(starts[k].Title);
            spans.Add(new ItemSpan(starts[k].Index, starts[k].Index, end, null, clean, mark, starts[k].TitleLines));
        }
        return spans;
    }

    /// <summary>A line that opens a section by its label (not a phrase that may be text).</summary>
    private SectionLabel? SectionOf(SourceLine line) => _sections.Recognise(LineText.Plain(line.Text)) is { Implied: false } label ? label : null;

    /// <summary>
    /// The punkt's title over its first section: the line above, standing alone after a blank line. Over the section
    /// that opens every punkt, a line that ends no sentence is the title also where the text keeps no blank lines.
    /// </summary>
    private int? TitleOver(IReadOnlyList<SourceLine> lines, int index, TableOfContents toc, bool alone) =>
        SourceLines.PreviousText(lines, index) is { } above && LineText.Plain(lines[above].Text) is var plain && IsTitleLike(plain)
        && (above == 0 || lines[above - 1].IsBlank || above - 1 == toc.End || !alone && !".:;,!?".Contains(plain[^1]))
            ? above
            : null;

    // ---- spans from headings --------------------------------------------------------------------------------------

    /// <summary>
    /// From each heading to the next. A title the heading leaves out is on the next line; a long title wraps onto the
    /// lines after it. A marker or a case line directly above a heading belongs to the punkt below it.
    /// </summary>
    private List<ItemSpan> Spans(IReadOnlyList<SourceLine> lines, List<(int Index, int? Number, string Title)> headings)
    {
        var titlesAbove = headings.Select((h, k) => TitleAbove(lines, h.Index, h.Title, k > 0 ? headings[k - 1].Index : -1)).ToList();
        var starts = headings.Select((h, k) => Above(lines, titlesAbove[k] ?? h.Index, headings)).ToList();
        var spans = new List<ItemSpan>();
        for (var k = 0; k < headings.Count; k++)
        {
            var (index, number, title) = headings[k];
            var end = k + 1 < headings.Count ? starts[k + 1] : lines.Count;
            var titleLines = ImmutableHashSet.Create(index);
            var parts = new List<string>();
            var last = index;
            if (number is { } own && SourceLines.NextText(lines, index) is { } repeat && repeat < end && IsSameHeading(lines[repeat], own, title))
            {
                titleLines = titleLines.Add(repeat);
                last = repeat;
            }
            if (title.Length > 0)
            {
                parts.Add(title);
            }
            else if (titlesAbove[k] is { } titleAbove)
            {
                parts.Add(LineText.Plain(lines[titleAbove].Text));
                titleLines = titleLines.Add(titleAbove);
            }
            else if (SourceLines.NextText(lines, index) is { } next && next < end && IsTitleLike(LineText.Plain(lines[next].Text)))
            {
                parts.Add(LineText.Plain(lines[next].Text));
                titleLines = titleLines.Add(next);
                last = next;
            }
            while (last + 1 < end && !lines[last + 1].IsBlank && parts.Count is > 0 and < 4
                   && WrapsOnto(parts[^1], LineText.Plain(lines[last + 1].Text)))
            {
                parts.Add(LineText.Plain(lines[last + 1].Text));
                titleLines = titleLines.Add(last + 1);
                last++;
            }
            var joined = string.Join(' ', parts).Trim();
            if (number is { } n && DuplicateNumberPattern().Match(joined) is { Success: true } duplicate
                && duplicate.Groups["n"].Value == n.ToString(CultureInfo.InvariantCulture))
            {
                joined = joined[duplicate.Length..]; // "1. 1. Godkendelse": a list's number before the heading's own
            }
            var (clean, mark) = markers.HeadingTitle(joined);
            spans.Add(new ItemSpan(starts[k], index, end, number, clean, mark, titleLines));
        }
        return spans;
    }

    /// <summary>
    /// "Spørgetid" over "Sag nr. 129": a heading that says only its number, with the punkt's facts under it, has its title
    /// on the line right above, standing alone after a blank line.
    /// </summary>
    private int? TitleAbove(IReadOnlyList<SourceLine> lines, int heading, string title, int previousHeading)
    {
        var above = heading - 1;
        if (title.Length > 0 || above <= previousHeading + 1 || lines[above].IsBlank || !lines[above - 1].IsBlank
            || Parse(lines[heading]) is not { Explicit: true }
            || SourceLines.NextText(lines, heading) is { } next && IsTitleLike(LineText.Plain(lines[next].Text)))
        {
            return null;
        }
        var plain = LineText.Plain(lines[above].Text);
        return IsTitleLike(plain) && !".:;,".Contains(plain[^1]) && Parse(lines[above]) is null ? above : null;
    }

    /// <summary>How far above its heading a punkt starts: over blank lines, markers, and a case line its own facts lack.</summary>
    private int Above(IReadOnlyList<SourceLine> lines, int heading, List<(int Index, int? Number, string Title)> headings)
    {
        var start = heading;
        var floor = headings.Where(h => h.Index < heading).Select(h => h.Index + 1).DefaultIfEmpty(0).Max();
        while (SourceLines.PreviousText(lines, start) is { } above && above >= floor)
        {
            var plain = LineText.Plain(lines[above].Text);
            if (markers.Line(plain) != Closure.None
                || itemLabels.CaseNumber(plain) is { Number: not null } && !HasOwnCaseLine(lines, heading))
            {
                start = above;
                continue;
            }
            break;
        }
        return start;
    }

    private bool HasOwnCaseLine(IReadOnlyList<SourceLine> lines, int heading)
    {
        for (var i = heading + 1; i < lines.Count && i <= heading + LookAhead; i++)
        {
            var plain = LineText.Plain(lines[i].Text);
            if (plain.Length == 0)
            {
                continue;
            }
            if (itemLabels.CaseNumber(plain) is not null)
            {
                return true;
            }
            if (IsSectionLabel(plain) || Parse(lines[i]) is not null)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A long title wraps onto the next line; prose that follows a short title directly does not belong to it.</summary>
    private bool WrapsOnto(string previous, string next) =>
        previous.Length >= MinWrappedTitleLength
        && next.Count(char.IsLetter) * 2 > next.Length
        && !next.EndsWith('.')
        && !next.EndsWith(':')
        && next.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleContinuationWords
        && !IsFact(next)
        && !GridParser.IsCode(next);
}
