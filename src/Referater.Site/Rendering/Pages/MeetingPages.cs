using Referater.Site.Pipeline;
using Referater.Site.Theme;

namespace Referater.Site.Rendering.Pages;

/// <summary><c>/&lt;udvalg&gt;/&lt;dato&gt;/</c>: one page per meeting, linked to the committee's meetings before and after it.</summary>
public sealed class MeetingPages : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context) =>
        context.Meetings
            .GroupBy(meeting => meeting.Committee.Slug, StringComparer.Ordinal)
            .SelectMany(committee =>
            {
                var meetings = committee.OrderBy(m => m.Date).ToList();
                return meetings.Select((meeting, i) => new PageOutput(
                    PageOutput.FileFor(meeting.Url),
                    typeof(MeetingPage),
                    new Dictionary<string, object?>
                    {
                        [nameof(MeetingPage.Page)] = context.PageAt(meeting.Url),
                        [nameof(MeetingPage.Meeting)] = meeting,
                        [nameof(MeetingPage.Previous)] = i > 0 ? MeetingLink.Of(meetings[i - 1]) : null,
                        [nameof(MeetingPage.Next)] = i + 1 < meetings.Count ? MeetingLink.Of(meetings[i + 1]) : null,
                    }));
            });
}
