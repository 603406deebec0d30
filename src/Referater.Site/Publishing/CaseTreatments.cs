using System.Collections.Immutable;
using Referater.Site.Content;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>Every public treatment of one case: the punkter that carry its sagsnummer, oldest first.</summary>
public sealed record CaseTreatments(CaseNumber CaseNumber, ImmutableArray<(MeetingView Meeting, AgendaItemView Item)> Treatments)
{
    /// <summary>The title the case has now: that of its latest treatment.</summary>
    public string Title => Treatments[^1].Item.Title;

    /// <summary>
    /// Groups the public punkter by sagsnummer. A closed punkt's view carries no sagsnummer, so a closed
    /// treatment never shows up under its case.
    /// </summary>
    public static ImmutableArray<CaseTreatments> Of(IEnumerable<MeetingView> meetings) =>
        [.. meetings
            .SelectMany(meeting => meeting.Items.Where(item => item.CaseNumber is not null).Select(item => (Meeting: meeting, Item: item)))
            .GroupBy(t => t.Item.CaseNumber!.Value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CaseTreatments(
                g.First().Item.CaseNumber!,
                [.. g.OrderBy(t => MeetingTime.Start(t.Meeting)).ThenBy(t => t.Meeting.Committee.Slug, StringComparer.Ordinal).ThenBy(t => t.Item.Number)]))];
}
