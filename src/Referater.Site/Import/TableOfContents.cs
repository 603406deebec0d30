using System.Globalization;
using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>One entry of a table of contents: the punkt's number (when it gives one), its title, and whether it marks it closed.</summary>
public sealed record TocEntry(int? Number, string Title, Closure Mark, int Line);

/// <summary>The table of contents: its entries, and the lines it takes up (which are not the referat's text).</summary>
public sealed record TableOfContents(IReadOnlyList<TocEntry> Entries, int Start, int End)
{
    public static TableOfContents None { get; } = new([], -1, -1);

    public bool Exists => Entries.Count > 0;

    public bool Contains(int index) => index >= Start && index < End;

    /// <summary>Whether the entries carry the punkter's numbers (two at least: one entry alone may be a list that ran together).</summary>
    public bool HasNumbers => Entries.Count(e => e.Number is not null) is var numbered && numbered >= 2 && numbered * 2 > Entries.Count;

    public TocEntry? Entry(int number) => Entries.FirstOrDefault(e => e.Number == number);
}

/// <summary>
/// Finds the table of contents: under a heading ("Indholdsfortegnelse", "Dagsordenspunkter", "PUNKTER"), as a run of
/// numbered lines in rising order that ends where a number comes again (the body's first punkt), with page numbers
/// after dot leaders, tabs or a last number that rises with the entries, with "åbent"/"lukket" before an entry, and
/// as a PDF's columns (all numbers, then all titles) when the extraction kept them apart.
/// </summary>
public sealed partial class TableOfContentsReader(ImportVocabulary vocabulary, ClosedMarkers markers)
{
    private readonly SectionLabels _sections = new(vocabulary, null, null);

    [GeneratedRegex(@"^(?:(?<mark>åbent|åben|lukket|lukkede?)\s+)?(?:(?:punkt|pkt|nr|sag\s*nr)\.?\s*)?(?<n>\d{1,4})(?:\s*[.:)]\s*|\s*[-–]\s+|\s+)(?<title>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedEntryPattern();

    [GeneratedRegex(@"[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}")]
    private static partial Regex SentencesPattern();

    [GeneratedRegex(@"^(?<n>\d{1,4})\.?$")]
    private static partial Regex NumberOnlyPattern();

    [GeneratedRegex(@"^[-•·*]\s+(?<title>\S.*)$")]
    private static partial Regex ListEntryPattern();

    [GeneratedRegex(@"(?:\s*(?:\.{2,}|…+)\s*|\t+\s*|\s{2,})(?:\d{1,4}|[ivxlc]{1,6})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeaderPagePattern();

    [GeneratedRegex(@"\s+(?<page>\d{1,3})$")]
    private static partial Regex TrailingNumberPattern();

    [GeneratedRegex(@"^(?:(?:side|sag|sagsnr|nr|pkt|punkt|tekst|titel|emne|nummer|sagens\s+titel)\.?:?\s*){1,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColumnHeaderPattern();

    /// <summary>How many lines that are not entries a table of contents may hold between two entries (a wrapped title, a group heading).</summary>
    private const int MaxGap = 2;

    public TableOfContents Read(IReadOnlyList<SourceLine> lines)
    {
        var bodySeen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var plain = LineText.Plain(lines[i].Text);
            if (plain.Length == 0)
            {
                continue;
            }
            bodySeen |= IsBodyLine(plain) && markers.Line(plain) == Closure.None;
            var headed = vocabulary.Match(plain, LabelKind.TableOfContents) is { } label
                         && (label.Rest.Length == 0 || ColumnHeaderPattern().IsMatch(label.Rest) || Entry(label.Rest, lines[i].Number) is not null);
            if (headed)
            {
                var rest = vocabulary.Match(plain, LabelKind.TableOfContents)!.Rest;
                var start = rest.Length > 0 && Entry(rest, lines[i].Number) is not null ? i : i + 1;
                var toc = ReadFrom(lines, start, i, firstRest: rest.Length > 0 && !ColumnHeaderPattern().IsMatch(rest) ? rest : null);
                if (toc.Exists)
                {
                    return toc;
                }
                continue;
            }
            // Without a heading: three numbered entries in a row, with nothing between them, before the punkter begin
            // (a numbered list inside a punkt is its text).
            if (!bodySeen && NumberedEntryPattern().IsMatch(plain) && RunOfEntries(lines, i) >= 3)
            {
                var toc = ReadFrom(lines, i, i, null);
                if (toc.Entries.Count >= 3)
                {
                    return toc;
                }
            }
        }
        return TableOfContents.None;
    }

    private int RunOfEntries(IReadOnlyList<SourceLine> lines, int start)
    {
        var count = 0;
        int? last = null;
        for (var i = start; i < lines.Count && count < 3; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }
            var match = NumberedEntryPattern().Match(LineText.Plain(lines[i].Text));
            if (!match.Success || SentencesPattern().IsMatch(match.Groups["title"].Value))
            {
                break;
            }
            var n = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (last is not null && n <= last)
            {
                break;
            }
            last = n;
            count++;
        }
        return count;
    }

    private TableOfContents ReadFrom(IReadOnlyList<SourceLine> lines, int start, int heading, string? firstRest)
    {
        var entries = new List<TocEntry>();
        var gap = 0;
        var end = start;
        var numberColumn = new List<(int Number, int Line)>();
        var titleColumn = new List<string>();
        // "Åbne" and "Lukkede" over a group of entries say whether they are open or closed.
        var group = Closure.None;
        var groupSinceLast = false;
        for (var i = start; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }
            var plain = i == heading && firstRest is not null ? firstRest : LineText.Plain(lines[i].Text);
            if (ColumnHeaderPattern().IsMatch(plain))
            {
                end = i + 1;
                continue;
            }
            if (NumberOnlyPattern().Match(plain) is { Success: true } own && Interleaved(lines, i) is { } interleaved)
            {
                // "1" / "Høring Sydtrafik budget 2016" / "4": a PDF's table read cell by cell, number, title and page.
                var previousNumber = entries.LastOrDefault(e => e.Number is not null)?.Number ?? 0;
                var number = int.Parse(own.Groups["n"].Value, CultureInfo.InvariantCulture);
                if (number <= previousNumber && !groupSinceLast)
                {
                    break;
                }
                entries.Add(Clean(new TocEntry(number, interleaved.Title, group == Closure.Closed ? Closure.Closed : Closure.None, lines[i].Number)));
                (gap, groupSinceLast, end) = (0, false, interleaved.End + 1);
                i = interleaved.End;
                continue;
            }
            if (NumberOnlyPattern().IsMatch(plain) && entries.Count > 0)
            {
                end = i + 1; // the page numbers, a column of their own after the titles
                continue;
            }
            if (NumberOnlyPattern().Match(plain) is { Success: true } numberOnly && entries.Count == 0 && titleColumn.Count == 0)
            {
                numberColumn.Add((int.Parse(numberOnly.Groups["n"].Value, CultureInfo.InvariantCulture), lines[i].Number));
                end = i + 1;
                continue;
            }
            if (numberColumn.Count >= 2 && titleColumn.Count < numberColumn.Count && Entry(plain, i) is null && !IsBodyLine(plain))
            {
                // A PDF's columns: the numbers came first, the titles follow in the same order.
                titleColumn.Add(plain);
                end = i + 1;
                continue;
            }
            if (markers.Line(plain) is not Closure.None and var mark)
            {
                group = mark;
                groupSinceLast = true;
                continue;
            }
            if (Entry(plain, lines[i].Number) is { } entry)
            {
                var previous = entries.LastOrDefault(e => e.Number is not null)?.Number ?? numberColumn.LastOrDefault().Number;
                // The body's first punkt repeats a number; after "Lukkede" the closed punkter may be numbered apart.
                if (entry.Number is { } n && previous > 0 && n <= previous && (!groupSinceLast || entries.Any(e => e.Number == n)))
                {
                    break;
                }
                if (entry.Number is not null && entries.Count > 0 && entries.All(e => e.Number is null))
                {
                    if (entries.Count > 1)
                    {
                        break; // titles with page numbers, then a numbered line: the body's first punkt
                    }
                    entries.Clear(); // "Til efterretning …...i" over numbered entries: a group's heading
                }
                if (entry.Number is null && entries.Count > 0 && entries[^1].Number is not null)
                {
                    if (++gap > MaxGap)
                    {
                        break;
                    }
                    continue;
                }
                entries.Add(group == Closure.Closed && entry.Mark == Closure.None ? entry with { Mark = Closure.Closed } : entry);
                gap = 0;
                groupSinceLast = false;
                end = i + 1;
                continue;
            }
            if (IsBodyLine(plain))
            {
                // "Indholdsfortegnelse" over the punkter themselves, on a page that folds each punkt's text away or
                // shows it under its heading: the last "entry" has its sections right under it, and the list never
                // comes back to its first number. It is no table of contents, but the punkter.
                if (gap == 0 && entries.Count > 0 && entries[^1].Number is not null && SourceLines.PreviousText(lines, i) is { } above
                    && Entry(LineText.Plain(lines[above].Text), lines[above].Number) is not null)
                {
                    entries.Clear();
                }
                break;
            }
            if (++gap > MaxGap)
            {
                break;
            }
        }
        if (numberColumn.Count >= 2)
        {
            var zipped = numberColumn.Zip(titleColumn, (n, t) => Clean(new TocEntry(n.Number, t, Closure.None, n.Line)));
            entries.InsertRange(0, zipped);
        }
        entries = WithoutPageNumbers(entries);
        var top = Math.Min(heading, start);
        while (top > 0 && (lines[top - 1].IsBlank || markers.Line(LineText.Plain(lines[top - 1].Text)) != Closure.None
                           || ColumnHeaderPattern().IsMatch(LineText.Plain(lines[top - 1].Text))))
        {
            top--; // "Pkt." and "Åbne dagsordenspunkter" over the first entry belong to the list
        }
        return entries.Count == 0 ? TableOfContents.None : new TableOfContents(entries, top, end);
    }

    /// <summary>The title after a number alone (with the line it wraps onto), when a page number alone follows it.</summary>
    private (string Title, int End)? Interleaved(IReadOnlyList<SourceLine> lines, int number)
    {
        var title = SourceLines.NextText(lines, number);
        if (title is null || !IsTitleCell(lines[title.Value]))
        {
            return null;
        }
        var after = SourceLines.NextText(lines, title.Value);
        if (after is { } page && NumberOnlyPattern().IsMatch(LineText.Plain(lines[page].Text)))
        {
            return (LineText.Plain(lines[title.Value].Text), page);
        }
        var wrapped = after is { } continuation && IsTitleCell(lines[continuation]) ? SourceLines.NextText(lines, continuation) : null;
        return wrapped is { } wrappedPage && NumberOnlyPattern().IsMatch(LineText.Plain(lines[wrappedPage].Text))
            ? ($"{LineText.Plain(lines[title.Value].Text)} {LineText.Plain(lines[after!.Value].Text)}", wrappedPage)
            : null;
    }

    private bool IsTitleCell(SourceLine line)
    {
        var plain = LineText.Plain(line.Text);
        return plain.Length > 1 && plain.Any(char.IsLetter) && !NumberOnlyPattern().IsMatch(plain) && !IsBodyLine(plain)
               && markers.Line(plain) == Closure.None && !ColumnHeaderPattern().IsMatch(plain);
    }

    /// <summary>
    /// A line no table of contents holds: a case line (also a KLE number alone), a section label (also "Beslutning i
    /// Økonomiudvalget den 19-10-2015"), a marker, a label with its value.
    /// </summary>
    private bool IsBodyLine(string plain) =>
        vocabulary.Match(plain, [.. ImportVocabulary.SectionKinds, .. ImportVocabulary.ItemFactKinds]) is { } label
        && (label.Rest.Length == 0 || label.HasColon)
        || markers.Line(plain) != Closure.None
        || Content.CaseNumber.IsKle(plain)
        || _sections.Recognise(plain) is { Text: null, Implied: false };

    private TocEntry? Entry(string plain, int line)
    {
        if (NumberedEntryPattern().Match(plain) is { Success: true } numbered)
        {
            var title = numbered.Groups["title"].Value;
            if (!char.IsUpper(title[0]) && !char.IsDigit(title[0]) && title[0] is not ('§' or '"' or '”' or '“' or '\''))
            {
                return null;
            }
            var mark = numbered.Groups["mark"].Value.ToLowerInvariant() switch
            {
                "lukket" or "lukkede" or "lukkede?" => Closure.Closed,
                "åbent" or "åben" => Closure.Open,
                _ => Closure.None,
            };
            var number = int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture);
            return Clean(new TocEntry(number, title, mark, line));
        }
        if (ListEntryPattern().Match(plain) is { Success: true } listed)
        {
            return Clean(new TocEntry(null, listed.Groups["title"].Value, Closure.None, line));
        }
        if (LeaderPagePattern().IsMatch(plain) && plain.Length > 6)
        {
            return Clean(new TocEntry(null, plain, Closure.None, line));
        }
        return null;
    }

    private TocEntry Clean(TocEntry entry)
    {
        var title = LeaderPagePattern().Replace(entry.Title, "").Trim().TrimEnd('.', '…').Trim();
        var (clean, mark) = markers.Title(title);
        return entry with { Title = clean, Mark = entry.Mark == Closure.None ? mark : entry.Mark };
    }

    /// <summary>"Stedfortræder til NT's repræsentantskab 3": a last number that rises with the entries is the page.</summary>
    private static List<TocEntry> WithoutPageNumbers(List<TocEntry> entries)
    {
        var pages = entries.Select(e => TrailingNumberPattern().Match(e.Title)).ToList();
        var withPage = pages.Where(m => m.Success).Select(m => int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture)).ToList();
        var rises = withPage.Count >= 3 && withPage.Count * 10 >= entries.Count * 7 && withPage.Zip(withPage.Skip(1)).All(p => p.Second >= p.First);
        return rises ? [.. entries.Select((e, k) => pages[k].Success ? e with { Title = e.Title[..pages[k].Index].Trim() } : e)] : entries;
    }
}
