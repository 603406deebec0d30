using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>
/// Removes what a PDF page adds to the text: page numbers ("Side 3 af 12", "Side 3.", "- 3 -", "3/12"), running headers and
/// footers repeated page after page, and form feeds. Kept lines remember that a page break came before them, so that
/// a paragraph the break cut in two can be joined again.
/// </summary>
public static partial class PageArtefactFilter
{
    [GeneratedRegex(@"^(?:(?:side|page)\s+\d+(?:\s*(?:af|of|/)\s*\d+)?\.?|-\s*\d+\s*-|(?<page>\d{1,4})\s*/\s*(?<pages>\d{1,4})|\d+\s+af\s+\d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"\b(?:side|page)\s+\d+\s*(?:af|of|/)\s*\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPageNumberPattern();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex BareNumberPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();

    /// <summary>How many lines at the top and bottom of a page can be a running header or footer.</summary>
    private const int MarginLines = 3;

    public sealed record Result(IReadOnlyList<SourceLine> Lines, int Removed);

    /// <param name="lineNumbers">The source's line of each text line, for text made from a web page.</param>
    public static Result Filter(string text, IReadOnlyList<int>? lineNumbers = null)
    {
        var raw = text.Split('\n');
        var lines = new List<(int Number, string Text, int Page)>(raw.Length);
        var page = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i].Contains('\f'))
            {
                page++;
            }
            var number = lineNumbers is not null && i < lineNumbers.Count ? lineNumbers[i] : i + 1;
            lines.Add((number, raw[i].Replace("\f", ""), page));
        }
        var remove = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            remove[i] = IsPageNumber(lines[i].Text.Trim());
        }
        if (page > 0)
        {
            RemoveRunningMargins(lines, remove, page + 1);
        }
        else
        {
            RemoveRepeatsBesidePageNumbers(lines, remove);
            RemoveRepeatedHeaders(lines, remove);
        }

        var kept = new List<SourceLine>(lines.Count);
        var pendingBreak = false;
        var previousPage = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Page != previousPage)
            {
                pendingBreak = true;
                previousPage = lines[i].Page;
            }
            if (remove[i])
            {
                pendingBreak = true;
                continue;
            }
            var isBlank = lines[i].Text.Trim().Length == 0;
            kept.Add(new SourceLine(lines[i].Number, lines[i].Text, pendingBreak && !isBlank));
            if (!isBlank)
            {
                pendingBreak = false;
            }
        }
        return new Result(kept, remove.Count(r => r));
    }

    public static bool IsPageNumber(string trimmed) =>
        trimmed.Length > 0
        && (PageNumberPattern().Match(trimmed) is { Success: true } page && IsPageOfPages(page)
            || (TrailingPageNumberPattern().IsMatch(trimmed) && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 15));

    /// <summary>"3/12" is page 3 of 12; "12/15486" is a case number, for no page comes after the last.</summary>
    private static bool IsPageOfPages(Match page) =>
        !page.Groups["page"].Success
        || int.Parse(page.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture)
        <= int.Parse(page.Groups["pages"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Shape(string trimmed) => SpacePattern().Replace(DigitsPattern().Replace(trimmed, "#"), " ");

    /// <summary>A line in the margin of at least half of the pages (and of two) is the page's furniture, not the referat's text.</summary>
    private static void RemoveRunningMargins(List<(int Number, string Text, int Page)> lines, bool[] remove, int pages)
    {
        var margins = new List<(int Index, string Shape)>();
        foreach (var group in Enumerable.Range(0, lines.Count).GroupBy(i => lines[i].Page))
        {
            var content = group.Where(i => !remove[i] && lines[i].Text.Trim().Length > 0).ToList();
            var edge = content.Take(MarginLines).Concat(content.TakeLast(MarginLines)).Distinct();
            margins.AddRange(edge.Select(i => (i, Shape(lines[i].Text.Trim()))));
        }
        var threshold = Math.Max(2, (pages + 1) / 2);
        var running = margins
            .GroupBy(m => m.Shape)
            .Where(g => g.Select(m => lines[m.Index].Page).Distinct().Count() >= threshold)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (index, shape) in margins)
        {
            // A page number standing alone at the edge of a page is furniture even when it is not repeated.
            if (running.Contains(shape) || BareNumberPattern().IsMatch(lines[index].Text.Trim()))
            {
                remove[index] = true;
            }
        }
    }


    private const int MinPageLines = 10;

    /// <summary>
    /// A page's running header where the extraction kept no page breaks: a line that comes again and again beside a
    /// number or a date standing alone ("25. juni 2015" / "2" / "Tønder Kommune – Kommunalbestyrelsen"). The first
    /// time it is the referat's own head and stays; each repeat goes, with the page number and date beside it.
    /// </summary>
    private static void RemoveRepeatedHeaders(List<(int Number, string Text, int Page)> lines, bool[] remove)
    {
        var text = lines.Select(l => l.Text.Trim()).ToList();
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < text.Count; i++)
        {
            firstSeen.TryAdd(text[i], i);
        }
        bool SaidBefore(int i, int before) => firstSeen[text[i]] < before;
        // A page number alone, or a date alone that was said before: what a running header or footer holds.
        bool IsLoose(int i) => BareNumberPattern().IsMatch(text[i])
                               || DanishDates.Find(text[i]) is { } date && date.Length >= text[i].Length - 1 && SaidBefore(i, i);
        foreach (var group in Enumerable.Range(0, lines.Count).Where(i => !remove[i] && text[i].Length >= 8)
                     .GroupBy(i => Shape(text[i]), StringComparer.Ordinal).Where(g => g.Count() >= 2))
        {
            var occurrences = group.ToList();
            for (var n = 1; n < occurrences.Count; n++)
            {
                var index = occurrences[n];
                if (index - occurrences[n - 1] < MinPageLines)
                {
                    continue; // a word said twice close together is text, not a page's header
                }
                var loose = Enumerable.Range(Math.Max(0, index - 3), 7).Where(k => k < lines.Count && k != index && text[k].Length > 0 && IsLoose(k)).ToList();
                if (loose.Count == 0)
                {
                    continue;
                }
                remove[index] = true;
                foreach (var k in loose)
                {
                    remove[k] = true;
                }
                // The header's other lines ("Dagsorden" under the committee's name) repeat with it.
                for (var k = index + 1; k < lines.Count && k <= index + 2 && text[k].Length > 0; k++)
                {
                    if (SaidBefore(k, index))
                    {
                        remove[k] = true;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Text without form feeds still shows its page boundaries through the page numbers: a line that stands beside
    /// page numbers more than once is a running header or footer.
    /// </summary>
    private static void RemoveRepeatsBesidePageNumbers(List<(int Number, string Text, int Page)> lines, bool[] remove)
    {
        var neighbours = new List<int>();
        foreach (var index in Enumerable.Range(0, lines.Count).Where(i => remove[i]).ToList())
        {
            foreach (var step in new[] { -1, 1 })
            {
                var i = index + step;
                while (i >= 0 && i < lines.Count && (lines[i].Text.Trim().Length == 0 || remove[i]))
                {
                    i += step;
                }
                if (i >= 0 && i < lines.Count)
                {
                    neighbours.Add(i);
                }
            }
        }
        foreach (var group in neighbours.Distinct().GroupBy(i => Shape(lines[i].Text.Trim()), StringComparer.Ordinal).Where(g => g.Count() >= 2))
        {
            foreach (var index in group)
            {
                remove[index] = true;
            }
        }
    }
}
