using System.Globalization;
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
        // Each is made from every meeting's summary (and the cases): that is what tells whether it changed.
        var inputs = context.Digests?.Site ?? (object)(context.Config, context.Meetings);
        yield return new FileOutput(FollowUrls.AllMeetingsData.TrimStart('/'), () => AllMeetings(context)) { Inputs = inputs };
        yield return new FileOutput(FollowUrls.AgendaItemsTable.TrimStart('/'), () => AgendaItemsTable(context)) { Inputs = inputs };
        yield return new FileOutput(FollowUrls.AllCasesData.TrimStart('/'), () => AllCases(context)) { Inputs = context.Digests?.Site ?? (object)(context.Config, context.Cases.Cases) };
    }

    /// <summary>Every case with its title and latest decision: open data, and what the search page looks a typed case number up in.</summary>
    private static byte[] AllCases(BuildContext context)
    {
        var config = context.Config;
        return OpenData.ToBytes(new AllCasesData(
            config.Municipality,
            config.AbsoluteUrl("/"),
            [.. context.Cases.Cases.Select(c => new CaseData(
                c.Number.Value,
                c.Latest.Title,
                c.Number.MainGroup,
                c.Treatments.Length,
                c.First.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.Latest.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.Latest.Decision,
                config.AbsoluteUrl(c.Url),
                config.AbsoluteUrl(FollowUrls.CaseFeed(c.Number))))]));
    }

    private static List<MeetingView> Chronological(BuildContext context) =>
        context.Meetings
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Committee.Slug, StringComparer.Ordinal)
            .ToList();

    private static byte[] AllMeetings(BuildContext context)
    {
        var config = context.Config;
        var all = new AllMeetingsData(
            config.Municipality,
            config.AbsoluteUrl("/"),
            [.. config.Committees.Select(c => OpenData.Committee(c, config))],
            // Made as they are written: the whole archive is one file (50 MB at 5,500 meetings), and no meeting's data need outlive its part of it.
            Chronological(context).Select(m => OpenData.Meeting(m, config, withSections: false)));
        return OpenData.ToBytes(all);
    }

    private static byte[] AgendaItemsTable(BuildContext context)
    {
        var config = context.Config;
        var table = new CsvTable(CsvHeader);
        foreach (var meeting in Chronological(context))
        {
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
        }
        return table.ToBytes();
    }
}
