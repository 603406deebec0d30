using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Referater.Site.Content;
using Referater.Site.Publishing;
using Referater.Site.Rendering;

namespace Referater.Site.Search;

/// <summary>
/// What the search index reads: one small page per punkt holding only the punkt's content, its title once and the
/// text of its sections, without section labels, navigation or the page's frame, so that a word finds the punkter
/// that say it and each result is one punkt. What a result shows beside its excerpt (the meeting, the decision, the
/// address) and what it can be filtered and sorted by travel as Pagefind metadata, filters and sort keys, which are
/// not indexed as words. Built from the public views: a closed punkt gives its title and public decision only.
/// </summary>
public static class SearchDocuments
{
    /// <summary>Metadata keys the search page reads (theme/static/js/search.js).</summary>
    public const string UrlMeta = "url";
    public const string TitleMeta = "title";
    public const string MeetingMeta = "moede";
    public const string OutcomeMeta = "udfald";
    public const string CaseMeta = "sag";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every public punkt's search page, by its path in the folder the index is built from.</summary>
    public static IEnumerable<(string Path, string Html)> Of(IEnumerable<MeetingView> meetings) =>
        meetings.SelectMany(meeting => meeting.Items.Select(item =>
            ($"{meeting.Committee.Slug}/{meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{item.Anchor}/index.html", Page(meeting, item))));

    /// <summary>
    /// Writes a meeting's search pages while its full text is in hand (a build keeps only summaries of the meetings it has
    /// rendered, so the search pages are written meeting by meeting and indexed at the end).
    /// </summary>
    /// <returns>The paths written.</returns>
    public static ImmutableArray<string> Write(MeetingView meeting, OutputSink sink)
    {
        var paths = ImmutableArray.CreateBuilder<string>();
        foreach (var (path, html) in Of([meeting]))
        {
            sink.Write(path, Utf8.GetBytes(html));
            paths.Add(path);
        }
        return paths.ToImmutable();
    }

    /// <summary>One punkt as the index reads it.</summary>
    public static string Page(MeetingView meeting, AgendaItemView item)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\">\n<head><meta charset=\"utf-8\"><title>");
        html.Append(Html.Encode(item.Heading)).Append("</title></head>\n<body>\n<main data-pagefind-body>\n");
        html.Append("<h1>").Append(Html.Encode(item.Title)).Append("</h1>\n");
        foreach (var section in item.Sections)
        {
            foreach (var paragraph in section.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                html.Append("<p>").Append(Html.Encode(paragraph)).Append("</p>\n");
            }
        }
        // Metadata, filters and the sort key: read by Pagefind, not indexed as words (data-pagefind-ignore keeps them out).
        html.Append("<div data-pagefind-ignore data-pagefind-sort=\"").Append(Html.Encode(SearchFacets.DateSort(meeting.Date))).Append("\">\n");
        Meta(html, UrlMeta, item.Url);
        Meta(html, TitleMeta, item.Heading);
        Meta(html, MeetingMeta, $"{meeting.KindLabel} · {meeting.Committee.Name}, {DanishText.MediumDate(meeting.Date)}");
        Meta(html, OutcomeMeta, Outcome(meeting, item));
        Filter(html, SearchFacets.CommitteeKey, meeting.Committee.Slug);
        Filter(html, SearchFacets.YearKey, meeting.Date.Year.ToString(CultureInfo.InvariantCulture));
        if (item.CaseNumber is { } number)
        {
            Meta(html, CaseMeta, number.Value);
            Filter(html, CaseMeta, number.Value);
            if (number.MainGroup is { } group)
            {
                Filter(html, SearchFacets.KleKey, group);
            }
        }
        return html.Append("</div>\n</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>What came of the punkt, as a result shows it: its decision, or why there is none.</summary>
    public static string Outcome(MeetingView meeting, AgendaItemView item) =>
        meeting.Kind == MeetingKind.Dagsorden ? "Dagsorden: endnu ikke behandlet"
        : item.IsClosed ? "Lukket punkt." + (item.DecisionSummary is { } closed ? $" Beslutning: {closed}" : "")
        : item.DecisionSummary is { } decision ? $"Beslutning: {decision}"
        : "Referatet angiver ingen beslutning.";

    private static void Meta(StringBuilder html, string key, string value) =>
        html.Append("<span data-pagefind-meta=\"").Append(key).Append("\">").Append(Html.Encode(value)).Append("</span>\n");

    private static void Filter(StringBuilder html, string key, string value) =>
        html.Append("<span data-pagefind-filter=\"").Append(key).Append("\">").Append(Html.Encode(value)).Append("</span>\n");
}
