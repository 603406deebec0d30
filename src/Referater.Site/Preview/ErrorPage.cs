using System.Text;
using Referater.Site.Validation;

namespace Referater.Site.Preview;

/// <summary>What preview shows instead of a page while the input has errors: every problem, where it is, what to write.</summary>
public static class ErrorPage
{
    public static byte[] Render(IReadOnlyList<Diagnostic> problems)
    {
        var errors = problems.Count(d => d.Severity == Severity.Error);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{errors} {(errors == 1 ? "fejl" : "fejl")} i indholdet · preview</title>\n");
        html.Append("<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}");
        html.Append("li{margin:.75rem 0}code{font-size:.95rem;background:#f3f3f3;padding:.1rem .3rem}.fejl{color:#a00}.advarsel{color:#7a5200}</style>\n");
        html.Append("</head>\n<body>\n<main>\n");
        html.Append($"<h1>Indholdet har {errors} {(errors == 1 ? "fejl" : "fejl")}</h1>\n");
        html.Append("<p>Siden kan ikke vises, før filerne er rettet. Ret fejlene nedenfor og gem: siden opdaterer sig selv.</p>\n<ol>\n");
        foreach (var problem in problems.Where(d => d.Severity != Severity.Info))
        {
            html.Append($"<li><code>{Encode($"{problem.File}:{problem.Line}:{problem.Column}")}</code> ");
            html.Append($"<strong class=\"{problem.SeverityLabel}\">{problem.SeverityLabel}:</strong> ");
            html.Append($"{Encode(problem.Message).Replace("\n", "<br>")} <small>[{Encode(problem.Code)}]</small></li>\n");
        }
        html.Append("</ol>\n</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>Escapes markup only: the Danish letters stay letters.</summary>
    private static string Encode(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
