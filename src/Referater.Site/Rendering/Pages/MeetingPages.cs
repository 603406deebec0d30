using Referater.Site.Pipeline;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary><c>/&lt;udvalg&gt;/&lt;dato&gt;/</c>: one page per meeting, linked to the committee's meetings before and after it.</summary>
public sealed class MeetingPages : IMeetingOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context, MeetingView meeting)
    {
        var (previous, next) = context.Neighbours(meeting);
        yield return new PageOutput(
            PageOutput.FileFor(meeting.Url),
            typeof(MeetingPage),
            new Dictionary<string, object?>
            {
                [nameof(MeetingPage.Page)] = context.PageAt(meeting.Url),
                [nameof(MeetingPage.Meeting)] = meeting,
                [nameof(MeetingPage.Previous)] = previous is null ? null : MeetingLink.Of(previous),
                [nameof(MeetingPage.Next)] = next is null ? null : MeetingLink.Of(next),
            });
    }
}
