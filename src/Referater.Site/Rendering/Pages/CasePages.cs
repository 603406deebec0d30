using Referater.Site.Pipeline;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary><c>/sager/&lt;sagsnummer&gt;/</c>: one case's timeline across meetings and committees.</summary>
public sealed class CasePages : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context) =>
        context.Cases.Cases.Select(history => new PageOutput(
            PageOutput.FileFor(history.Url),
            typeof(CasePage),
            new Dictionary<string, object?>
            {
                [nameof(CasePage.Page)] = context.PageAt(history.Url),
                [nameof(CasePage.Case)] = history,
            }));
}
