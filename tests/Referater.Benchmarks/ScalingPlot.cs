using System.Globalization;
using System.Text;

namespace Referater.Benchmarks;

/// <summary>
/// Draws how build time and peak memory grow with the number of meetings, ours against Hugo's, as a small SVG:
/// two panels side by side, one line per generator. No plotting package: a few lines and labels are enough.
/// </summary>
public static class ScalingPlot
{
    private const int PanelWidth = 380;
    private const int PanelHeight = 260;
    private const int Margin = 56;

    /// <summary>One row of the measurements: meetings, then seconds and megabytes for us and for Hugo.</summary>
    public sealed record Row(int Meetings, double OursSeconds, double HugoSeconds, double OursMegabytes, double HugoMegabytes);

    /// <summary>Reads the tab-separated table run.sh writes: a header line, then one row per corpus size.</summary>
    public static IReadOnlyList<Row> Read(string path) =>
        File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => new Row(int.Parse(f[0], CultureInfo.InvariantCulture), Number(f[1]), Number(f[2]), Number(f[3]), Number(f[4])))
            .OrderBy(r => r.Meetings)
            .ToList();

    public static string Svg(IReadOnlyList<Row> rows)
    {
        var svg = new StringBuilder();
        var width = 2 * (PanelWidth + Margin) + Margin;
        var height = PanelHeight + 2 * Margin;
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-labelledby=\"plot-title\">\n"));
        svg.Append("<title id=\"plot-title\">Byggetid og hukommelse efter antal møder: Referater.Site og Hugo</title>\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        Panel(svg, rows, Margin, "Byggetid (s)", r => r.OursSeconds, r => r.HugoSeconds);
        Panel(svg, rows, 2 * Margin + PanelWidth, "Maksimal hukommelse (MB)", r => r.OursMegabytes, r => r.HugoMegabytes);
        Legend(svg, Margin + 10, Margin - 30, "#1f5fa8", "Referater.Site (uden søgning)");
        Legend(svg, Margin + 230, Margin - 30, "#c0392b", "Hugo");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, IReadOnlyList<Row> rows, int left, string title, Func<Row, double> ours, Func<Row, double> hugo)
    {
        var top = Margin;
        var maxX = rows.Count == 0 ? 1 : rows.Max(r => r.Meetings);
        var maxY = NiceCeiling(rows.Count == 0 ? 1 : rows.Max(r => Math.Max(ours(r), hugo(r))));
        double X(double meetings) => left + meetings / maxX * PanelWidth;
        double Y(double value) => top + PanelHeight - value / maxY * PanelHeight;

        svg.Append(Invariant($"<text x=\"{left}\" y=\"{top - 8}\" font-weight=\"bold\">{title}</text>\n"));
        for (var i = 0; i <= 4; i++)
        {
            var value = maxY * i / 4;
            svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{Y(value):0.#}\" x2=\"{left + PanelWidth}\" y2=\"{Y(value):0.#}\" stroke=\"#ddd\"/>"));
            svg.Append(Invariant($"<text x=\"{left - 6}\" y=\"{Y(value) + 4:0.#}\" text-anchor=\"end\">{value:0.##}</text>\n"));
        }
        foreach (var row in rows)
        {
            svg.Append(Invariant($"<text x=\"{X(row.Meetings):0.#}\" y=\"{top + PanelHeight + 16}\" text-anchor=\"middle\">{row.Meetings}</text>\n"));
        }
        svg.Append(Invariant($"<text x=\"{left + PanelWidth / 2}\" y=\"{top + PanelHeight + 34}\" text-anchor=\"middle\">møder</text>\n"));
        svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{top + PanelHeight}\" x2=\"{left + PanelWidth}\" y2=\"{top + PanelHeight}\" stroke=\"#333\"/>\n"));
        Series(svg, rows.Select(r => (X(r.Meetings), Y(ours(r)))), "#1f5fa8");
        Series(svg, rows.Select(r => (X(r.Meetings), Y(hugo(r)))), "#c0392b");
    }

    private static void Series(StringBuilder svg, IEnumerable<(double X, double Y)> points, string colour)
    {
        var list = points.ToList();
        svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', list.Select(p => Invariant($"{p.X:0.#},{p.Y:0.#}")))}\"/>\n"));
        foreach (var (x, y) in list)
        {
            svg.Append(Invariant($"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"3\" fill=\"{colour}\"/>\n"));
        }
    }

    private static void Legend(StringBuilder svg, int x, int y, string colour, string label) =>
        svg.Append(Invariant($"<line x1=\"{x}\" y1=\"{y}\" x2=\"{x + 20}\" y2=\"{y}\" stroke=\"{colour}\" stroke-width=\"2\"/><text x=\"{x + 26}\" y=\"{y + 4}\">{label}</text>\n"));

    /// <summary>The axis ends at 1, 2 or 5 times a power of ten, so that the grid lines carry round numbers.</summary>
    private static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 1;
        }
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * power).First(candidate => candidate >= value);
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
