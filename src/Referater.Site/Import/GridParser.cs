using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Referater.Site.Import;

/// <summary>
/// Reads the Kommunikation grid. It arrives as one line of codes with a line of X marks under it (the marks keep
/// their columns only where the text kept their positions), as one code per line with its cell beside or after it,
/// as a block of codes followed by as many cells (blank or X) in the same order, or as a Markdown table.
/// </summary>
public static partial class GridParser
{
    [GeneratedRegex(@"^[A-ZÆØÅ]{2,5}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^(?<code>[A-ZÆØÅ]{2,5})\s+(?<mark>[xX✓✔])$")]
    private static partial Regex CodeWithMarkPattern();

    [GeneratedRegex(@"^[xX✓✔](?:\s*[xX✓✔])*$")]
    private static partial Regex MarksPattern();

    public static bool IsCode(string token) => CodePattern().IsMatch(token);

    public static bool IsMarks(string trimmed) => MarksPattern().IsMatch(trimmed);

    /// <summary>A line of two or more codes, as the grid's header row.</summary>
    public static bool IsCodeRow(string plain)
    {
        var tokens = plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 2 && tokens.All(IsCode);
    }

    public static bool IsGridLabel(string plain) => plain.TrimEnd(':').Trim().Equals("Kommunikation", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a grid starting at <paramref name="start"/> (the first line after the label). Returns null when no grid
    /// is there; otherwise the grid and the index of the first line after it.
    /// </summary>
    public static (GridReading Grid, int End)? Parse(IReadOnlyList<SourceLine> lines, int start, int limit)
    {
        var i = start;
        while (i < limit && lines[i].IsBlank)
        {
            i++;
        }
        if (i >= limit)
        {
            return null;
        }
        var plain = LineText.Plain(lines[i].Text);
        if (plain.StartsWith('|'))
        {
            return ParseTable(lines, i, limit);
        }
        if (IsCodeRow(plain))
        {
            return ParseRow(lines, i, limit);
        }
        return IsCode(plain) || CodeWithMarkPattern().IsMatch(plain) ? ParseColumn(lines, i, limit) : null;
    }

    private static (GridReading, int) ParseRow(IReadOnlyList<SourceLine> lines, int header, int limit)
    {
        var columns = Tokens(LineText.Plain(lines[header].Text));
        var markLines = new List<SourceLine>();
        var i = header + 1;
        for (; i < limit && (lines[i].IsBlank || IsMarks(lines[i].Trimmed)); i++)
        {
            if (!lines[i].IsBlank)
            {
                markLines.Add(lines[i]);
            }
        }
        var marks = markLines.Sum(l => l.Text.Count(ch => !char.IsWhiteSpace(ch)));
        ImmutableArray<string>? marked = marks == 0 ? null
            : marks == columns.Length && markLines.Count == 1 ? columns
            : markLines.Count == 1 ? ByPosition(lines[header].Text, markLines[0].Text, columns) : null;
        return (new GridReading(columns, marked), i);
    }

    /// <summary>
    /// Marks keep their columns only where the extraction kept the layout: the mark line is indented, and every
    /// mark stands under exactly one code. Otherwise (the seeds' "X X") the columns are unknown.
    /// </summary>
    private static ImmutableArray<string>? ByPosition(string header, string marks, ImmutableArray<string> columns)
    {
        var spans = CodeSpans(header);
        var indent = marks.Length - marks.TrimStart().Length;
        var laidOut = spans.Count >= 2 && spans.Zip(spans.Skip(1)).All(p => p.Second.Start - p.First.End >= 2);
        // A mark at the header's own indentation is what a collapsed line looks like too ("X X" under "DIR BFU …").
        if (!laidOut || indent <= spans[0].Start || marks.Trim().Contains("XX", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var marked = new List<string>();
        for (var position = 0; position < marks.Length; position++)
        {
            if (char.IsWhiteSpace(marks[position]))
            {
                continue;
            }
            var under = spans.Where(s => position >= s.Start - 1 && position <= s.End).ToList();
            if (under.Count != 1)
            {
                return null;
            }
            if (marked.Contains(under[0].Code))
            {
                return null;
            }
            marked.Add(under[0].Code);
        }
        return [.. columns.Where(marked.Contains)];
    }

    private static List<(string Code, int Start, int End)> CodeSpans(string header)
    {
        var spans = new List<(string, int, int)>();
        for (var i = 0; i < header.Length;)
        {
            if (char.IsWhiteSpace(header[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < header.Length && !char.IsWhiteSpace(header[i]))
            {
                i++;
            }
            spans.Add((header[start..i], start, i));
        }
        return spans;
    }

    private enum Cell
    {
        Code,
        CodeWithMark,
        Blank,
        Mark,
        Separator,
    }

    private static (GridReading, int)? ParseColumn(IReadOnlyList<SourceLine> lines, int first, int limit)
    {
        var run = new List<(Cell Kind, string Code)>();
        var end = first;
        // A web page's grid writes each empty cell as a line holding a space, with empty lines between the cells:
        // then an empty line separates, and only a line with a space is an empty cell.
        var spaceCells = false;
        for (; end < limit; end++)
        {
            var plain = LineText.Plain(lines[end].Text);
            if (CodeWithMarkPattern().Match(plain) is { Success: true } withMark)
            {
                run.Add((Cell.CodeWithMark, withMark.Groups["code"].Value));
            }
            else if (IsCode(plain))
            {
                run.Add((Cell.Code, plain));
            }
            else if (plain.Length == 0)
            {
                spaceCells |= lines[end].Text.Length > 0;
                run.Add((lines[end].Text.Length > 0 ? Cell.Blank : Cell.Separator, ""));
            }
            else if (IsMarks(plain))
            {
                run.Add((Cell.Mark, ""));
            }
            else
            {
                break;
            }
        }
        run = [.. run.Select(r => r.Kind == Cell.Separator && !spaceCells ? (Cell.Blank, "") : r).Where(r => r.Item1 != Cell.Separator)];
        // Blank lines at the end separate the grid from what follows; a blank cell there is told by the form below.
        while (run.Count > 0 && run[^1].Kind == Cell.Blank && !(spaceCells && run.Count(r => r.Kind is Cell.Blank or Cell.Mark) <= run.Count(r => r.Kind == Cell.Code)))
        {
            run.RemoveAt(run.Count - 1);
        }
        var codes = run.Where(r => r.Kind is Cell.Code or Cell.CodeWithMark).Select(r => r.Code).ToImmutableArray();
        return (new GridReading(codes, Marked(run, codes)), end);
    }

    private static ImmutableArray<string>? Marked(List<(Cell Kind, string Code)> run, ImmutableArray<string> codes)
    {
        if (run.Any(r => r.Kind == Cell.CodeWithMark))
        {
            return [.. run.Where(r => r.Kind == Cell.CodeWithMark).Select(r => r.Code)];
        }
        var cells = new List<bool>();
        if (IsInterleaved(run))
        {
            for (var k = 0; k < run.Count; k++)
            {
                if (run[k].Kind == Cell.Code)
                {
                    cells.Add(k + 1 < run.Count && run[k + 1].Kind == Cell.Mark);
                }
            }
            return [.. codes.Where((_, k) => cells[k])];
        }
        var firstCell = run.FindIndex(r => r.Kind is Cell.Blank or Cell.Mark);
        if (firstCell < 0 || run.Skip(firstCell).Any(r => r.Kind == Cell.Code) || run.Take(firstCell).Count() != codes.Length)
        {
            return null;
        }
        var block = run.Skip(firstCell).Select(r => r.Kind == Cell.Mark).ToList();
        while (block.Count > codes.Length && !block[0])
        {
            block.RemoveAt(0);
        }
        if (block.Count < codes.Length && block.Count > 0 && block[0])
        {
            // Trailing blank cells were cut with the separating blank lines; the cells start right under the codes.
            block.AddRange(Enumerable.Repeat(false, codes.Length - block.Count));
        }
        return block.Count == codes.Length ? [.. codes.Where((_, k) => block[k])] : null;
    }

    /// <summary>Code, cell, code, cell …: every code is followed by one blank or X line (the last may have lost its blank).</summary>
    private static bool IsInterleaved(List<(Cell Kind, string Code)> run)
    {
        for (var k = 0; k < run.Count; k += 2)
        {
            if (run[k].Kind != Cell.Code || (k + 1 < run.Count && run[k + 1].Kind is not (Cell.Blank or Cell.Mark)))
            {
                return false;
            }
        }
        return run.Count >= 2;
    }

    private static (GridReading, int)? ParseTable(IReadOnlyList<SourceLine> lines, int header, int limit)
    {
        var columns = Cells(lines[header].Trimmed);
        if (columns.Count < 2 || !columns.All(IsCode))
        {
            return null;
        }
        var i = header + 1;
        if (i < limit && lines[i].Trimmed.Replace("|", "").Replace("-", "").Replace(":", "").Trim().Length == 0 && lines[i].Trimmed.Contains('-'))
        {
            i++;
        }
        ImmutableArray<string>? marked = null;
        if (i < limit && lines[i].Trimmed.StartsWith('|'))
        {
            var cells = Cells(lines[i].Trimmed);
            marked = [.. columns.Where((_, k) => k < cells.Count && IsMarks(cells[k]))];
            i++;
        }
        return (new GridReading([.. columns], marked), i);
    }

    private static List<string> Cells(string row) =>
        row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();

    private static ImmutableArray<string> Tokens(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
}
