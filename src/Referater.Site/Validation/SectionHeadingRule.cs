using Markdig.Syntax;
using Referater.Site.Content;

namespace Referater.Site.Validation;

/// <summary>
/// A punkt's sections are found by their level-2 headings' exact names. A heading that nearly names one
/// ("## Beslutninger", "## Beslutning:", "## Indstiling") or names one at the wrong level ("# Beslutning") leaves the
/// punkt without that section, silently: the editor is told what to write.
/// A pass of the pipeline that runs before the sections are cut and the headings given their levels on the page.
/// </summary>
public sealed class SectionHeadingRule : DocumentPass
{
    public const string Code = "RS0053";

    public override void Process(MarkdownDocument document, string markdown, MarkdownContext context)
    {
        // Only a punkt's body is cut into sections; a public decision or an introduction is one text.
        if (context.WholeSection is null && context.Published && context.Diagnostics is { } diagnostics)
        {
            Check(document, context.Source, context.FirstLine, diagnostics);
        }
    }

    private static void Check(MarkdownDocument document, SourceText source, int firstLine, DiagnosticBag diagnostics)
    {
        foreach (var heading in document.OfType<HeadingBlock>())
        {
            var text = Markdown.HeadingText(heading);
            var line = firstLine + heading.Line;
            if (heading.Level == 2 && SectionNames.NearMiss(text) is { } meant)
            {
                diagnostics.Warning(source.DisplayPath, line, 1, Code,
                    $"overskriften '## {text}' ligner afsnittet '## {meant}', men er skrevet anderledes, så punktet får intet afsnit '{meant}'. Skriv '## {meant}'.");
            }
            else if (heading.Level == 1 && SectionNames.Known.FirstOrDefault(k => k.Equals(text.TrimEnd(':'), StringComparison.OrdinalIgnoreCase)) is { } name)
            {
                diagnostics.Warning(source.DisplayPath, line, 1, Code,
                    $"afsnittet '{name}' skal have to '#': et punkts afsnit er '## {name}', og '# {text}' gør det til en del af afsnittet før. Skriv '## {name}'.");
            }
        }
    }
}
