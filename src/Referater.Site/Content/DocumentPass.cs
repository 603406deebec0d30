using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Referater.Site.Content;

/// <summary>
/// A pass over every document the site's Markdown pipeline parses, registered in the pipeline as a Markdig extension:
/// link policy, reference links, heading ids and the personal-data scan run on every parse, so no page, feed or data
/// file can be made from text that skipped one of them. A pass that needs nothing of the text's place ignores the context.
/// </summary>
public abstract class DocumentPass : IMarkdownExtension
{
    /// <param name="markdown">The text the document was parsed from.</param>
    public abstract void Process(MarkdownDocument document, string markdown, MarkdownContext context);

    public virtual void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public virtual void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
