using System.Globalization;
using Referater.Site.Content;
using Referater.Site.Linking;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>
/// The whole archive as data: <c>/data/moeder.json</c> (every meeting with its punkter) and
/// <c>/data/punkter.csv</c> (one row per punkt, to open in a spreadsheet) and <c>/data/sager.json</c> (every case).
/// </summary>
public sealed class SiteDataFiles : IOutputSource
{
    public static readonly string[] CsvHeader =
        ["dato", "udvalg", "type", "nummer", "titel", "lukket", "sagsnummer", "kle_hovedgruppe", "beslutning", "url"];

    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        // Each is made from every meeting's summary (and the cases): that is what tells whether it changed. Each part is
        // known by what it is made from, with the configuration (addresses, names): an edit makes one meeting's part again.
        var inputs = context.Digests?.Site ?? (object)(context.Config, context.Meetings);
        var salt = context.Digests is null ? "" : Fingerprint.Of(context.Config);
        string MeetingKey(MeetingView meeting) => context.Digests is { } digests ? Fingerprint.Of(salt, digests.Summaries[meeting.Url]) : "";
        string CaseKey(CaseHistory history) => context.Digests is { } digests ? Fingerprint.Of(salt, digests.Case(history)) : "";
        yield return new JoinedFile(FollowUrls.AllMeetingsData.TrimStart('/'), inputs, () => AllMeetings(context, MeetingKey));
        yield return new JoinedFile(FollowUrls.AgendaItemsTable.TrimStart('/'), inputs, () => AgendaItemsTable(context, MeetingKey));
        yield return new JoinedFile(FollowUrls.AllCasesData.TrimStart('/'), context.Digests?.Site ?? (object)(context.Config, context.Cases.Cases), () => AllCases(context, CaseKey));
    }

    /// <summary>Every case with its title and latest decision: open data, and what the search page looks a typed case number up in.</summary>
    private static FileParts AllCases(BuildContext context, Func<CaseHistory, string> key)
    {
        var config = context.Config;
        return OpenData.ArrayParts(
            OpenData.ToBytes(new AllCasesData(config.Municipality, config.AbsoluteUrl("/"), [])),
            [.. context.Cases.Cases.Select(c => new FilePart(key(c), () => OpenData.ToBytes(new CaseData(
                c.Number.Value,
                c.Latest.Title,
                c.Number.MainGroup,
                c.Treatments.Length,
                c.First.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.Latest.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.Latest.Decision,
                config.AbsoluteUrl(c.Url),
                config.AbsoluteUrl(FollowUrls.CaseFeed(c.Number))))))]);
    }

    private static List<MeetingView> Chronological(BuildContext context) =>
        context.Meetings
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Committee.Slug, StringComparer.Ordinal)
            .ToList();

    /// <summary>The whole archive (50 MB at 5,500 meetings), a part per meeting: no meeting's data need outlive its part.</summary>
    private static FileParts AllMeetings(BuildContext context, Func<MeetingView, string> key)
    {
        var config = context.Config;
        return OpenData.ArrayParts(
            OpenData.ToBytes(new AllMeetingsData(config.Municipality, config.AbsoluteUrl("/"), [.. config.Committees.Select(c => OpenData.Committee(c, config))], [])),
            [.. Chronological(context).Select(m => new FilePart(key(m), () => OpenData.ToBytes(OpenData.Meeting(m, config, withSections: false))))]);
    }

    private static FileParts AgendaItemsTable(BuildContext context, Func<MeetingView, string> key)
    {
        var config = context.Config;
        return new FileParts(
            new CsvTable(CsvHeader).ToBytes(),
            [.. Chronological(context).Select(meeting => new FilePart(key(meeting), () => Rows(meeting, config)))],
            [],
            []);
    }

    private static byte[] Rows(MeetingView meeting, SiteConfig config)
    {
        var table = CsvTable.Rows(CsvHeader);
        foreach (var item in meeting.Items)
        {
            table.Row(
                meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                meeting.Committee.Name,
                FeedIds.Kind(meeting),
                item.Number.ToString(CultureInfo.InvariantCulture),
                item.Title,
                item.IsClosed ? "ja" : "nej",
                item.CaseNumber?.Value,
                item.CaseNumber?.MainGroup,
                item.Decision?.Text,
                config.AbsoluteUrl(item.Url));
        }
        return table.ToBytes();
    }
}
