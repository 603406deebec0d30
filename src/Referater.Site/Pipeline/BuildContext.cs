using System.Collections.Concurrent;
using System.Collections.Immutable;
using Referater.Site.Content;
using Referater.Site.Linking;
using Referater.Site.Rendering;
using Referater.Site.Rendering.Corrections;
using Referater.Site.Validation;

namespace Referater.Site.Pipeline;

/// <summary>
/// What the output stages share. It holds the <see cref="PublishedSite"/> (public views only), never the content
/// model: an output source cannot reach a closed punkt's text, attachments, caseworkers or case number, because
/// they are not here. A new output builds from <see cref="Site"/> or <see cref="Meetings"/>; anything it needs that
/// the views lack belongs in <see cref="PublicViews"/>, where what may be published is decided once.
/// </summary>
public sealed record BuildContext(
    PublishedSite Site,
    AssetManifest Assets,
    DiagnosticBag Diagnostics)
{
    public SiteConfig Config => Site.Config;

    public ImmutableArray<MeetingView> Meetings => Site.Meetings;

    /// <summary>Every case by sagsnummer, from the public views only.</summary>
    public CaseIndex Cases { get; init; } = CaseIndex.Empty;

    /// <summary>When each meeting was published and changed, and every correction, from the public views of its versions.</summary>
    public SiteHistory History { get; init; } = SiteHistory.None;

    /// <summary>
    /// What a build with a cache knows of the views without reading them again: a digest of everything the views and
    /// cases are made from, and each meeting's summary's, by its address. A file made from many meetings names these as
    /// its inputs instead of every view (null in check and preview, which fingerprint nothing).
    /// </summary>
    public ViewDigests? Digests { get; init; }

    /// <summary>A copy made with <c>with</c> looks its punkter and cases up afresh: its views are not the original's.</summary>
    private BuildContext(BuildContext original)
    {
        Site = original.Site;
        Assets = original.Assets;
        Diagnostics = original.Diagnostics;
        Cases = original.Cases;
        History = original.History;
    }

    private IReadOnlyDictionary<string, (MeetingView Meeting, AgendaItemView Item)>? _itemsByUrl;

    private IReadOnlyDictionary<string, CaseHistory>? _casesByUrl;

    private IReadOnlyDictionary<string, (MeetingView? Previous, MeetingView? Next)>? _neighbours;

    public PageContext PageAt(string urlPath) => new(Config, urlPath, Assets) { History = History.ForPage(urlPath, Config, CaseAt) };

    private CaseHistory? CaseAt(string urlPath)
    {
        _casesByUrl ??= Cases.Cases.ToDictionary(c => c.Url, StringComparer.Ordinal);
        return _casesByUrl.GetValueOrDefault(urlPath);
    }

    /// <summary>The public punkt at an address (<c>/udvalg/dato/#punkt-N</c>), with its meeting: how a case's treatments reach their full views.</summary>
    public (MeetingView Meeting, AgendaItemView Item) ItemAt(string url)
    {
        _itemsByUrl ??= Meetings
            .SelectMany(meeting => meeting.Items.Select(item => (Meeting: meeting, Item: item)))
            .ToDictionary(pair => pair.Item.Url, StringComparer.Ordinal);
        return _itemsByUrl[url];
    }

    /// <summary>The meetings of the same committee just before and just after one: what its page links to.</summary>
    /// <remarks>Found once for every meeting: every meeting's page and its dependencies ask, so a search per meeting would grow with the square of the archive.</remarks>
    public (MeetingView? Previous, MeetingView? Next) Neighbours(MeetingView meeting)
    {
        _neighbours ??= Meetings
            .GroupBy(m => m.Committee.Slug, StringComparer.Ordinal)
            .SelectMany(committee =>
            {
                var dated = committee.OrderBy(m => m.Date).ToList();
                return dated.Select((m, i) => (m.Url, Pair: (i > 0 ? dated[i - 1] : null, i + 1 < dated.Count ? dated[i + 1] : null)));
            })
            .GroupBy(entry => entry.Url, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Pair, StringComparer.Ordinal);
        return _neighbours.GetValueOrDefault(meeting.Url);
    }

    /// <summary>Every treatment of a case with its meeting, oldest first.</summary>
    public IReadOnlyList<(MeetingView Meeting, AgendaItemView Item)> TreatmentsOf(CaseHistory history) =>
        history.Treatments.Select(treatment => ItemAt(treatment.Url)).ToList();
}

/// <summary>The digests the lists of a build with a cache are known by. A class, not a record: a copy made with <c>with</c> would keep the cases' digests of the original.</summary>
/// <param name="site">Everything the views and cases are made from.</param>
/// <param name="summaries">Each meeting's summary (its view without the case timelines), by the meeting's address.</param>
public sealed class ViewDigests(string site, IReadOnlyDictionary<string, string> summaries)
{
    private readonly ConcurrentDictionary<string, string> _cases = new(StringComparer.Ordinal);

    public string Site => site;

    public IReadOnlyDictionary<string, string> Summaries => summaries;

    /// <summary>
    /// A digest of what a case is made from: its number and the summaries of the meetings that treated it, each once. The
    /// case index joins a case from those punkter and nothing else, so these decide its timeline. Made once per case:
    /// its page, its feed, its OParl paper and the data files all ask.
    /// </summary>
    public string Case(CaseHistory history) =>
        _cases.GetOrAdd(history.Number.Value, static (number, state) => Fingerprint.Of(
            number, state.History.Treatments.Select(t => t.MeetingUrl).Distinct(StringComparer.Ordinal).Select(url => state.Summaries[url]).ToList()),
            (History: history, Summaries));
}
