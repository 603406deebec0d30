using Referater.Site.Rendering;

namespace Referater.Site.Pipeline;

/// <summary>One kind of output of the whole site (the front page, case pages, feeds, …), made once every meeting is known. Each kind is one class.</summary>
public interface IOutputSource
{
    IEnumerable<OutputItem> Produce(BuildContext context);
}

/// <summary>
/// One kind of output of each meeting (its page, its data file), made while the meeting's full text is in hand: the
/// build reads a meeting's texts, makes these, and keeps only the meeting's summary for the pages that list it.
/// </summary>
public interface IMeetingOutputSource
{
    IEnumerable<OutputItem> Produce(BuildContext context, MeetingView meeting);
}
