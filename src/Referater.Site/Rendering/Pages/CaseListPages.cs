using Referater.Site.Pipeline;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary><c>/sager/</c>: every case, by KLE main group and emne.</summary>
public sealed class CaseListPages : IOutputSource
{
    public const string Url = "/sager/";

    public IEnumerable<OutputItem> Produce(BuildContext context) =>
        [PageOutput.At(context, Url, typeof(CaseListPage), (nameof(CaseListPage.Groups), context.Cases.Groups(context.Config.KleTopicNames)))];
}
