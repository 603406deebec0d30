using Markdig.Syntax;
using Referater.Site.Content;

namespace Referater.Site.Validation;

/// <summary>The CPR guard over every published text the pipeline parses, as the text will read once Markdown is decoded.</summary>
public sealed class PersonalDataPass : DocumentPass
{
    public override void Process(MarkdownDocument document, string markdown, MarkdownContext context)
    {
        if (context.Published && context.Diagnostics is { } diagnostics)
        {
            PersonalDataGuard.CheckMarkdown(document, markdown, context.Source, context.FirstLine, diagnostics);
        }
    }
}
