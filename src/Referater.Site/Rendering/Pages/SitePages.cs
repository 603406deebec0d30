using Referater.Site.Pipeline;
using Referater.Site.Search;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary>The pages every site has once: the front page, the search page, the 404 page, and <c>/was</c> for the accessibility statement.</summary>
public sealed class SitePages : IOutputSource
{
    public const string NotFoundFile = "404.html";

    public const string SearchUrl = "/soeg/";

    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        yield return new PageOutput("index.html", typeof(HomePage), new Dictionary<string, object?>
        {
            [nameof(HomePage.Page)] = context.PageAt("/"),
            [nameof(HomePage.Meetings)] = context.Meetings.Select(MeetingCard.Of).ToList(),
        });
        yield return new PageOutput(PageOutput.FileFor(SearchUrl), typeof(SearchPage), new Dictionary<string, object?>
        {
            [nameof(SearchPage.Page)] = context.PageAt(SearchUrl),
            [nameof(SearchPage.Years)] = SearchFacets.Years(context.Meetings),
            [nameof(SearchPage.KleGroups)] = SearchFacets.KleGroups(context.Meetings),
        });
        yield return new PageOutput(NotFoundFile, typeof(NotFoundPage), new Dictionary<string, object?>
        {
            [nameof(NotFoundPage.Page)] = context.PageAt("/404.html"),
        });
        // The law asks for the short path /was; a host's redirect rule answers first, this page serves any other host.
        if (context.Config.AccessibilityStatementUrl is { } statement)
        {
            yield return new PageOutput("was/index.html", typeof(RedirectPage), new Dictionary<string, object?>
            {
                [nameof(RedirectPage.Title)] = "Tilgængelighedserklæring",
                [nameof(RedirectPage.Target)] = statement,
            });
        }
        else
        {
            // Every page's footer links here, so the address exists even before the statement is published.
            yield return new PageOutput("was/index.html", typeof(AccessibilityStatementPendingPage), new Dictionary<string, object?>
            {
                [nameof(AccessibilityStatementPendingPage.Page)] = context.PageAt("/was/"),
            });
        }
    }
}
