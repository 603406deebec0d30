namespace Referater.Site.Import;

/// <summary>
/// "Møde i Kommunalbestyrelsen den 16. december 2013" over every punkt: a page's header that names the meeting, said
/// again and again among the punkter. Known only once the head has said which committee met when, so it is found
/// after the head is read, and left out of every punkt.
/// </summary>
public static class RunningHeaders
{
    private const int MaxHeaderLength = 120;

    /// <summary>
    /// The lines from <paramref name="from"/> on that repeat a line naming the meeting's committee and date, and open no
    /// section ("Beslutning i Økonomiudvalget den 19-10-2015" comes again in every punkt, and is each one's decision).
    /// </summary>
    public static HashSet<int> Find(IReadOnlyList<SourceLine> lines, int from, string committee, DateOnly date, SectionLabels labels)
    {
        var names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var plain = LineText.Plain(lines[i].Text);
            if (plain.Length is > 0 and <= MaxHeaderLength)
            {
                (names.TryGetValue(plain, out var seen) ? seen : names[plain] = []).Add(i);
            }
        }
        return [.. names.Where(n => n.Value.Count >= 2 && NamesMeeting(n.Key, committee, date) && labels.Recognise(n.Key) is null)
            .SelectMany(n => n.Value).Where(i => i >= from)];
    }

    private static bool NamesMeeting(string plain, string committee, DateOnly date) =>
        CommitteeNames.Mentions(plain, committee) && DanishDates.Find(plain) is { } found && found.Date == date;
}
