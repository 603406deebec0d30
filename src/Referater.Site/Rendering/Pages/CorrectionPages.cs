using Referater.Site.Pipeline;
using Referater.Site.Rendering.Corrections;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary><c>/rettelser/</c>: every correction of the site, newest first.</summary>
public sealed class CorrectionPages : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context) =>
    [
        PageOutput.At(context, SiteHistory.CorrectionsUrl, typeof(CorrectionsPage),
            (nameof(CorrectionsPage.Corrections), context.History.Corrections),
            (nameof(CorrectionsPage.HasHistory), context.History.FromGit)),
    ];
}
