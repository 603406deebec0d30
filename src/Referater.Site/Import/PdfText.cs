using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Referater.Site.Import;

/// <summary>
/// The text of a PDF, read in-process with PdfPig, laid out as the page shows it: words on a line in reading order
/// with their columns kept by spacing (so that the X marks of a Kommunikation grid stay under their codes), a blank
/// line where the page leaves a gap between paragraphs, and a form feed between pages (so that running headers and
/// page numbers can be told from the text).
/// </summary>
public static class PdfText
{
    /// <summary>A gap between two lines larger than this many line heights is a paragraph break.</summary>
    private const double ParagraphGap = 1.6;

    /// <summary>A gap between two words wider than this many letters separates columns, not words.</summary>
    private const double WideGap = 2.5;

    public static string Read(string path)
    {
        using var document = PdfDocument.Open(path);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            if (page.Number > 1)
            {
                text.Append('\f');
            }
            AppendPage(page, text);
        }
        return text.ToString();
    }

    private static void AppendPage(Page page, StringBuilder text)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0)
            .ToList();
        if (words.Count == 0)
        {
            return;
        }
        var charWidth = Median(words.SelectMany(w => w.Letters).Select(l => l.Width).Where(v => v > 0.1), 5.0);
        var left = words.Min(w => w.BoundingBox.Left);
        double? previousBaseline = null;
        double previousHeight = 0;
        foreach (var line in Lines(words))
        {
            var baseline = line[0].Letters[0].StartBaseLine.Y;
            var height = Median(line.SelectMany(w => w.Letters).Select(l => l.PointSize).Where(v => v > 0), 10.0);
            if (previousBaseline is { } above && above - baseline > ParagraphGap * Math.Max(height, previousHeight))
            {
                text.Append('\n');
            }
            var builder = new StringBuilder();
            double? previousRight = null;
            foreach (var word in line)
            {
                // Words of a sentence get one space; a wide gap keeps the column the word stands in (a grid's X).
                var column = (int)Math.Round((word.BoundingBox.Left - left) / charWidth);
                var gap = previousRight is { } right ? (word.BoundingBox.Left - right) / charWidth : double.MaxValue;
                var spaces = builder.Length == 0 ? column : gap < WideGap ? 1 : Math.Max(2, column - builder.Length);
                builder.Append(' ', Math.Max(0, spaces)).Append(word.Text);
                previousRight = word.BoundingBox.Right;
            }
            text.Append(builder.ToString().TrimEnd()).Append('\n');
            previousBaseline = baseline;
            previousHeight = height;
        }
    }

    /// <summary>Words on one baseline (within half a letter's height), top to bottom, each line left to right.</summary>
    private static IEnumerable<List<Word>> Lines(List<Word> words)
    {
        var ordered = words.OrderByDescending(w => w.Letters[0].StartBaseLine.Y).ThenBy(w => w.BoundingBox.Left).ToList();
        var lines = new List<List<Word>>();
        foreach (var word in ordered)
        {
            var baseline = word.Letters[0].StartBaseLine.Y;
            var tolerance = Math.Max(1.0, word.BoundingBox.Height / 2);
            var line = lines.Count > 0 && Math.Abs(lines[^1][0].Letters[0].StartBaseLine.Y - baseline) <= tolerance ? lines[^1] : null;
            if (line is null)
            {
                line = [];
                lines.Add(line);
            }
            line.Add(word);
        }
        return lines.Select(l => l.OrderBy(w => w.BoundingBox.Left).ToList());
    }

    private static double Median(IEnumerable<double> values, double fallback)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? fallback : sorted[sorted.Count / 2];
    }
}
