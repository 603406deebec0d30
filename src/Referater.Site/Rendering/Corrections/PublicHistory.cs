using System.Collections.Concurrent;
using System.Collections.Immutable;
using Referater.Site.Content;
using Referater.Site.Content.History;

namespace Referater.Site.Rendering.Corrections;

/// <summary>
/// Projects the content's history onto what may be published, as <see cref="PublicViews"/> does for the content:
/// every version of a meeting becomes its public view, and versions are compared only as public text. A commit that
/// changed nothing public (a closed punkt's text, a comment in the front matter) is no change; one that turned an
/// agenda into minutes is a publication, not a correction.
/// </summary>
public static class PublicHistory
{
    public static SiteHistory Of(Content.Site site, ContentHistory history)
    {
        if (history.Status != HistoryStatus.Read)
        {
            return SiteHistory.None;
        }
        var meetings = new ConcurrentDictionary<string, MeetingHistory>(StringComparer.Ordinal);
        Parallel.ForEach(site.Meetings, meeting =>
        {
            if (history.Of(meeting.SourceDirectory) is { } folder && Of(meeting, folder, site.Config) is { } record)
            {
                meetings[meeting.Url] = record;
            }
        });
        return new SiteHistory(
            true,
            meetings.ToImmutableDictionary(StringComparer.Ordinal),
            history.ConfigCommits.IsEmpty ? null : history.ConfigCommits[0].Time,
            history.ConfigCommits.IsEmpty ? null : history.ConfigCommits[^1].Time);
    }

    /// <summary>The meeting's record from its folder's versions; null when no version of it was ever published.</summary>
    private static MeetingHistory? Of(Meeting current, FolderHistory folder, SiteConfig config)
    {
        if (folder.Versions is [{ State: FolderState.Unread } only])
        {
            var published = only.Commit.Time;
            return new MeetingHistory(
                current.Url, published, published, [new Publication(current.Kind, published)], [],
                current.Items.ToImmutableDictionary(i => i.Number, _ => new ObjectDates(published, published)));
        }
        PublicMeetingText? last = null;
        string title = "";
        var time = DateTimeOffset.MinValue;
        var firstPublished = DateTimeOffset.MinValue;
        var modified = DateTimeOffset.MinValue;
        var publications = new List<Publication>();
        var corrections = new List<Correction>();
        var items = new Dictionary<int, (DateTimeOffset Created, DateTimeOffset Modified, PublicItemText Text)>();
        foreach (var version in folder.Versions)
        {
            if (version.State != FolderState.Loaded)
            {
                continue;
            }
            // Commit times may go back (clocks, rebases); the record never does.
            time = version.Commit.Time > time ? version.Commit.Time : time;
            var view = PublicViews.Of(version.Text!, config);
            var text = PublicMeetingText.Of(view, version.Attachments);
            title = view.Title;
            if (last is null)
            {
                firstPublished = modified = time;
                publications.Add(new Publication(text.Kind, time));
            }
            else if (text.Kind != last.Kind)
            {
                publications.Add(new Publication(text.Kind, time));
                modified = time;
            }
            else if (!text.SameAs(last))
            {
                var parts = CorrectionDiff.Compare(last, text, version.Commit.HidesText);
                corrections.Add(new Correction(version.Commit.ShortId, view.Url, view.Title, time, version.Commit.Subject, version.Commit.HidesText, parts));
                modified = time;
            }
            foreach (var item in text.Items)
            {
                items[item.Number] = items.TryGetValue(item.Number, out var before)
                    ? before.Text.SameAs(item) ? before : (before.Created, time, item)
                    : (time, time, item);
            }
            last = text;
        }
        if (last is null)
        {
            return null;
        }
        corrections.Reverse();
        var numbers = current.Items.Select(i => i.Number).ToHashSet();
        return new MeetingHistory(
            current.Url, firstPublished, modified, [.. publications],
            [.. corrections.Select(c => c with { MeetingUrl = current.Url, MeetingTitle = title, Parts = [.. c.Parts.Select(p => p with { Url = Relink(p.Url, current, numbers) })] })],
            items.ToImmutableDictionary(i => i.Key, i => new ObjectDates(i.Value.Created, i.Value.Modified)));
    }

    /// <summary>A changed punkt's address on today's page; none when the punkt is no longer there (no link may lead nowhere).</summary>
    private static string? Relink(string? url, Meeting current, HashSet<int> numbers)
    {
        var anchor = url is null ? -1 : url.IndexOf("#punkt-", StringComparison.Ordinal);
        return anchor >= 0 && int.TryParse(url.AsSpan(anchor + "#punkt-".Length), out var number) && numbers.Contains(number)
            ? $"{current.Url}#punkt-{number}"
            : null;
    }
}
