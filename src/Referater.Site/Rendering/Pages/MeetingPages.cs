using Referater.Site.Pipeline;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary><c>/&lt;udvalg&gt;/&lt;dato&gt;/</c>: one page per meeting, linked to the committee's meetings before and after it.</summary>
public sealed class MeetingPages : IMeetingOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context, MeetingView meeting)
    {
        var committee = context.Meetings.Where(m => m.Committee.Slug == meeting.Committee.Slug).OrderBy(m => m.Date).ToList();
        var i = committee.FindIndex(m => m.Url == meeting.Url);
        yield return new PageOutput(
            PageOutput.FileFor(meeting.Url),
            typeof(MeetingPage),
            new Dictionary<string, object?>
            {
                [nameof(MeetingPage.Page)] = context.PageAt(meeting.Url),
                [nameof(MeetingPage.Meeting)] = meeting,
                [nameof(MeetingPage.Previous)] = i > 0 ? MeetingLink.Of(committee[i - 1]) : null,
                [nameof(MeetingPage.Next)] = i >= 0 && i + 1 < committee.Count ? MeetingLink.Of(committee[i + 1]) : null,
            });
    }
}
