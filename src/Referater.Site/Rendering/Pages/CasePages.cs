using Referater.Site.Pipeline;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary><c>/sager/&lt;sagsnummer&gt;/</c>: one case's timeline across meetings and committees.</summary>
public sealed class CasePages : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context) =>
        context.Cases.Cases.Select(history => PageOutput.At(context, history.Url, typeof(CasePage),
            (nameof(CasePage.Case), history),
            (nameof(CasePage.StructuredData), StructuredData.ForCase(history.Number, history.Latest.Title, context.TreatmentsOf(history), context.Config))));
}
