using System.Collections.Frozen;
using Referater.Site.Content;

namespace Referater.Site.Linking;

/// <summary>Every meeting of the site by committee and date, with its punkt numbers: what a reference in the text may link to.</summary>
public sealed class MeetingDirectory
{
    private readonly FrozenDictionary<(string Committee, DateOnly Date), MeetingEntry> _meetings;

    private MeetingDirectory(FrozenDictionary<(string, DateOnly), MeetingEntry> meetings) => _meetings = meetings;

    public int Count => _meetings.Count;

    /// <summary>Only numbers and addresses are kept: a punkt's number and anchor are public even when the punkt is closed.</summary>
    public static MeetingDirectory Of(IEnumerable<Meeting> meetings)
    {
        var entries = new Dictionary<(string, DateOnly), MeetingEntry>();
        foreach (var meeting in meetings)
        {
            entries.TryAdd((meeting.Committee.Slug, meeting.Date), new MeetingEntry(meeting.Url, meeting.Items.Select(i => i.Number).ToFrozenSet()));
        }
        return new MeetingDirectory(entries.ToFrozenDictionary());
    }

    public MeetingEntry? Find(Committee committee, DateOnly date) =>
        _meetings.TryGetValue((committee.Slug, date), out var entry) ? entry : null;
}

public sealed record MeetingEntry(string Url, FrozenSet<int> Numbers)
{
    public string UrlOf(int number) => $"{Url}#punkt-{number}";
}
