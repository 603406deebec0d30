using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Referater.Site.Import;

/// <summary>
/// The text of a saved web page, read through its structure rather than its look: headings become Markdown
/// headings, list items list items, a Kommunikation grid a Markdown table, a two-cell row "label: value", and every
/// other block a paragraph of its own. Navigation, scripts, forms, cookie and translation banners and anything hidden
/// are left out. Each line remembers the line of the HTML it came from, so that warnings point into the saved page.
/// </summary>
public static partial class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "input", "textarea", "iframe",
        "svg", "img", "picture", "video", "audio", "canvas", "object", "embed", "dialog", "menu", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "body", "blockquote", "address", "figure", "figcaption", "header", "footer",
        "center", "dd", "dt", "dl", "ul", "ol", "pre", "hr", "details", "summary", "fieldset", "legend", "caption",
    };

    [GeneratedRegex(@"cookie|consent|gdpr|banner|translat|breadcrumb|skip-?link|share|social|navbar|sidebar|toolbar|language|sprog|print-?link|popup|modal|newsletter|feedback", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureNamePattern();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStylePattern();

    [GeneratedRegex(@"[\s\u00a0]+")]
    private static partial Regex SpacePattern();

    /// <summary>The page's text, and for every line of it the line of the HTML it came from.</summary>
    public static (string Text, IReadOnlyList<int> LineNumbers) Read(Stream html)
    {
        // Parsing the bytes lets the page's own charset declaration decide: older pages are often windows-1252.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var writer = new Writer();
        if (document.Body is { } body)
        {
            RemoveFurniture(body);
            writer.Block(body, () => Walk(body, writer));
        }
        return writer.Result();
    }

    private static void RemoveFurniture(IElement root)
    {
        var remove = root.QuerySelectorAll("*").Where(IsFurniture).ToList();
        foreach (var element in remove)
        {
            element.Remove();
        }
    }

    private static bool IsFurniture(IElement element)
    {
        if (Dropped.Contains(element.LocalName) || element.HasAttribute("hidden")
            || element.GetAttribute("aria-hidden") == "true"
            || element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "search" or "dialog" or "alertdialog" or "menu"
            || HiddenStylePattern().IsMatch(element.GetAttribute("style") ?? ""))
        {
            return true;
        }
        // The page's own header and footer (not those of an article inside it) carry the site's menus and addresses.
        if (element.LocalName is "header" or "footer" && element.Closest("main, article, [role=main]") is null)
        {
            return true;
        }
        var names = $"{element.Id} {element.ClassName}";
        return names.Trim().Length > 0 && FurnitureNamePattern().IsMatch(names) && element.Closest("main, article, [role=main]") is null
               || names.Contains("cookie", StringComparison.OrdinalIgnoreCase) || names.Contains("consent", StringComparison.OrdinalIgnoreCase);
    }

    private static void Walk(INode node, Writer writer)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Inline(text.Data, text.Parent as IElement);
                    break;
                case IElement element:
                    Element(element, writer);
                    break;
            }
        }
    }

    private static void Element(IElement element, Writer writer)
    {
        switch (element.LocalName)
        {
            case "br":
                writer.LineBreak();
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                writer.Block(element, () =>
                {
                    writer.Prefix(new string('#', element.LocalName[1] - '0') + " ");
                    Walk(element, writer);
                });
                break;
            case "li":
                writer.Item(element, () =>
                {
                    writer.Prefix(element.Parent is IHtmlOrderedListElement list ? $"{ItemNumber(list, element)}. " : "- ");
                    Walk(element, writer);
                });
                break;
            case "table":
                Table(element, writer);
                break;
            case "tr":
                writer.Item(element, () => Walk(element, writer));
                break;
            case "td" or "th":
                writer.Inline(" ", element);
                Walk(element, writer);
                writer.Inline(" ", element);
                break;
            default:
                if (Blocks.Contains(element.LocalName))
                {
                    writer.Block(element, () => Walk(element, writer));
                }
                else
                {
                    Walk(element, writer);
                }
                break;
        }
    }

    private static int ItemNumber(IHtmlOrderedListElement list, IElement item) =>
        list.Start + list.Children.Where(c => c.LocalName == "li").TakeWhile(c => c != item).Count();

    /// <summary>
    /// A grid (a row of codes over a row of X marks) becomes a Markdown table, so its marks keep their columns; a
    /// two-cell row reads "label: value"; any other row its cells side by side.
    /// </summary>
    private static void Table(IElement table, Writer writer)
    {
        if (table.QuerySelector("td table, td p, td div, td h1, td h2, td h3, td h4, td ul, td ol, th table") is not null)
        {
            // A layout table (a whole page set out in cells) holds blocks, not data: read its cells as blocks.
            foreach (var cell in table.QuerySelectorAll("td, th").Where(c => c.Closest("table") == table))
            {
                writer.Block(cell, () => Walk(cell, writer));
            }
            return;
        }
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table)
            .Select(r => (Row: r, Cells: r.Children.Where(c => c.LocalName is "td" or "th").Select(c => Clean(c.TextContent)).ToList()))
            .Where(r => r.Cells.Count > 0)
            .ToList();
        var gridHeader = rows.FindIndex(r => r.Cells.Count >= 2 && r.Cells.All(GridParser.IsCode));
        writer.Block(table, () =>
        {
            for (var k = 0; k < rows.Count; k++)
            {
                var (row, cells) = rows[k];
                string line;
                if (gridHeader >= 0 && k >= gridHeader)
                {
                    line = "| " + string.Join(" | ", cells) + " |";
                    if (k == gridHeader)
                    {
                        writer.Line(line, row);
                        line = "|" + string.Concat(cells.Select(_ => "---|"));
                    }
                }
                else if (cells.Count == 2 && cells[0].Length is > 0 and <= 40 && cells[1].Length > 0)
                {
                    line = $"{cells[0].TrimEnd(':', ' ')}: {cells[1]}";
                }
                else
                {
                    line = string.Join("   ", cells.Where(c => c.Length > 0));
                }
                writer.Line(line, row);
            }
        });
    }

    private static string Clean(string text) => SpacePattern().Replace(text, " ").Trim();

    private static int LineOf(INode? node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is IElement { SourceReference: { } reference })
            {
                return reference.Position.Line;
            }
        }
        return 1;
    }

    /// <summary>Collects lines: inline text joins the current line, a block closes it and leaves a blank line after.</summary>
    private sealed class Writer
    {
        private readonly List<(string Text, int Line)> _lines = [];
        private readonly StringBuilder _current = new();
        private string _prefix = "";
        private int _currentLine = 1;

        public void Inline(string text, INode? source)
        {
            var collapsed = SpacePattern().Replace(text, " ");
            if (_current.Length == 0)
            {
                collapsed = collapsed.TrimStart();
                if (collapsed.Length == 0)
                {
                    return;
                }
                _currentLine = LineOf(source);
            }
            else if (_current[^1] == ' ' && collapsed.StartsWith(' '))
            {
                collapsed = collapsed.TrimStart();
            }
            _current.Append(collapsed);
        }

        public void Prefix(string prefix) => _prefix = prefix;

        public void LineBreak() => Flush();

        public void Line(string text, INode source)
        {
            Flush();
            if (text.Trim().Length > 0)
            {
                _lines.Add((text, LineOf(source)));
            }
        }

        public void Block(INode source, Action content)
        {
            Flush();
            content();
            Flush();
            if (_lines.Count > 0 && _lines[^1].Text.Length > 0)
            {
                _lines.Add(("", LineOf(source)));
            }
        }

        public void Item(INode source, Action content)
        {
            Flush();
            content();
            Flush();
        }

        private void Flush()
        {
            var text = _current.ToString().Trim();
            if (text.Length > 0)
            {
                // A list item's marker waits for the item's first text, which may sit in a paragraph inside it.
                _lines.Add((_prefix + text, _currentLine));
                _prefix = "";
            }
            _current.Clear();
        }

        public (string Text, IReadOnlyList<int> LineNumbers) Result()
        {
            Flush();
            var last = _lines.Count > 0 ? _lines[^1].Line : 1;
            return (string.Join('\n', _lines.Select(l => l.Text)) + "\n", [.. _lines.Select(l => l.Line), last]);
        }
    }
}
