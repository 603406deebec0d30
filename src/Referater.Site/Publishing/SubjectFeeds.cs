using Referater.Site.Linking;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>
/// <c>/sager/emne/&lt;nn&gt;/feed.xml</c>: every treatment of every case in one KLE main group, newest first, for a
/// journalist who covers one field. Case numbers that are not KLE numbers belong to no main group and get no feed.
/// </summary>
public sealed class SubjectFeeds : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        var config = context.Config;
        foreach (var group in CaseGroup.ByMainGroup(context.Cases.Cases, c => c.Number))
        {
            var mainGroup = group.Key;
            var title = KleMainGroups.Title(mainGroup);
            var treatments = group
                .SelectMany(context.TreatmentsOf)
                .OrderByDescending(t => MeetingTime.Start(t.Meeting))
                .ThenBy(t => t.Meeting.Committee.Name, DanishText.Comparer)
                .ThenBy(t => t.Item.Number)
                .ToList();
            var feed = AtomFeed.Files(config, FollowUrls.SubjectFeed(mainGroup), $"/sager/#{CaseGroup.IdOf(mainGroup)}", $"{title} · {config.Municipality}",
                $"Hver behandling af en sag under KLE-hovedgruppe {KleMainGroups.Label(mainGroup)} i {config.Municipality}s udvalg.",
                [.. treatments.Select(t => CaseFeeds.FeedItemOf(t.Meeting, t.Item, context))]);
            foreach (var file in feed)
            {
                yield return file;
            }
        }
    }
}
