using Referater.Site.Pipeline;
using Referater.Site.Search;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary><c>/soeg/</c>: the search page, with the filters the site's meetings offer.</summary>
public sealed class SearchPages : IOutputSource
{
    public const string Url = "/soeg/";

    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        yield return new PageOutput(PageOutput.FileFor(Url), typeof(SearchPage), new Dictionary<string, object?>
        {
            [nameof(SearchPage.Page)] = context.PageAt(Url),
            [nameof(SearchPage.Years)] = SearchFacets.Years(context.Meetings),
            [nameof(SearchPage.KleGroups)] = SearchFacets.KleGroups(context.Meetings),
        });
    }
}
