using Referater.Site.Pipeline;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary><c>/&lt;udvalg&gt;/</c>: each committee's meetings by year.</summary>
public sealed class CommitteePages : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context) =>
        context.Config.Committees.Select(committee => new PageOutput(
            PageOutput.FileFor(committee.Url),
            typeof(CommitteePage),
            new Dictionary<string, object?>
            {
                [nameof(CommitteePage.Page)] = context.PageAt(committee.Url),
                [nameof(CommitteePage.Committee)] = committee,
                [nameof(CommitteePage.Meetings)] = context.Meetings.Where(m => m.Committee.Slug == committee.Slug).Select(MeetingCard.Of).ToList(),
            }));
}
