using Referater.Site.Pipeline;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary><c>/sager/</c>: every case, by KLE main group and emne.</summary>
public sealed class CaseListPages : IOutputSource
{
    public const string Url = "/sager/";

    /// <summary>
    /// The page is given each case's card, which it groups as it renders: an edit that changes no card leaves the page
    /// (2.8 MB at 1,100 meetings) as it was, known by comparing the cards, without grouping and sorting them again.
    /// </summary>
    public IEnumerable<OutputItem> Produce(BuildContext context) =>
        [PageOutput.At(context, Url, typeof(CaseListPage), (nameof(CaseListPage.Cards), context.Cases.Cards.ToList()))];
}
