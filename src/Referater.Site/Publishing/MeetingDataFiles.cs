using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary><c>/&lt;udvalg&gt;/&lt;dato&gt;/index.json</c>: one meeting with every punkt, its sections as text and as HTML.</summary>
public sealed class MeetingDataFiles : IMeetingOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context, MeetingView meeting)
    {
        yield return new FileOutput(FollowUrls.MeetingData(meeting).TrimStart('/'), () => OpenData.ToBytes(OpenData.Meeting(meeting, context.Config)));
    }
}
