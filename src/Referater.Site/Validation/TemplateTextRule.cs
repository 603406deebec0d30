using Referater.Site.Content;

namespace Referater.Site.Validation;

/// <summary>A placeholder that <c>new</c> wrote and the editor did not replace would be published as it is: each is an error at its place.</summary>
public static class TemplateTextRule
{
    public const string Code = "RS0006";

    public static void Check(SourceText source, DiagnosticBag diagnostics)
    {
        var line = 1;
        var lineStart = 0;
        var text = source.Text;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var content = text.AsSpan(lineStart, lineEnd - lineStart);
            // The template's own comments explain the keys and are never published.
            if (!content.TrimStart().StartsWith("#  ") && !content.TrimStart().StartsWith("# "))
            {
                foreach (var placeholder in TemplateText.Placeholders)
                {
                    var at = content.IndexOf(placeholder, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        diagnostics.Error(source.DisplayPath, line, at + 1, Code,
                            $"'{placeholder}' er skabelonens tekst fra 'new' og ville blive udgivet, som den står. Skriv punktets egen tekst i stedet.");
                    }
                }
            }
            line++;
            lineStart = lineEnd + 1;
        }
    }
}
