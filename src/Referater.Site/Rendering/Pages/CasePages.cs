using Referater.Site.Pipeline;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary><c>/sager/&lt;sagsnummer&gt;/</c>: one case's timeline across meetings and committees.</summary>
/// <remarks>
/// The page is made from the case alone, its JSON-LD included: a case whose treatments did not change keeps its
/// instance in preview, so its page is known to be the same without making anything of it.
/// </remarks>
public sealed class CasePages : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context) =>
        context.Cases.Cases.Select(history => PageOutput.At(context, history.Url, typeof(CasePage), (nameof(CasePage.Case), history)) with
        {
            Inputs = context.Digests?.Case(history),
        });
}
