using System.Globalization;
using Referater.Site.Pipeline;
using Referater.Site.Rendering.Corrections;

namespace Referater.Site.Publishing;

/// <summary>
/// <c>/rettelser.xml</c>: an Atom entry for each correction of a published meeting, newest first. An entry's id names the
/// meeting and the commit, so a feed reader sees each correction once, however often the site is built.
/// </summary>
public sealed class CorrectionFeed : IOutputSource
{
    public IEnumerable<OutputItem> Produce(BuildContext context)
    {
        var config = context.Config;
        var items = context.History.Corrections.Select(correction => new FeedItem(SiteHistory.InDenmark(correction.Time).Year, correction, () => new AtomEntry(
            $"tag:{config.BaseUrl.Host},{SiteHistory.InDenmark(correction.Time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{correction.MeetingUrl.Trim('/')}/rettelse/{correction.Id}",
            $"Rettelse: {correction.MeetingTitle}",
            config.AbsoluteUrl(correction.Url),
            correction.Time,
            CorrectionText.Text(correction),
            CorrectionText.FeedHtml(correction, config.AbsoluteUrl))));
        return AtomFeed.Files(config, SiteHistory.CorrectionsFeedUrl, SiteHistory.CorrectionsUrl, $"Rettelser · {config.Municipality}",
            $"Ændringer af {config.Municipality}s dagsordener og referater, efter at de var offentliggjort.", [.. items]);
    }
}
