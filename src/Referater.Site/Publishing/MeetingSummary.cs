using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Referater.Site.Content;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>
/// What a meeting decided, in a few lines, for feed readers and calendars. Built from the public views, so a
/// closed punkt contributes its title and public decision and nothing else.
/// </summary>
public static class MeetingSummary
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>"Referat fra Beskæftigelsesudvalgets møde tirsdag d. 17. februar 2026 kl. 13:30, C3.40."</summary>
    public static string Heading(MeetingView meeting)
    {
        var kind = meeting.Kind == MeetingKind.Referat ? "Referat fra" : "Dagsorden til";
        var when = DanishText.LongDate(meeting.Date, meeting.Time);
        var where = meeting.Place is null ? "" : $", {meeting.Place}";
        return $"{kind} {meeting.Committee.Name}s møde {when}{where}.";
    }

    /// <summary>The heading, then every punkt with its decision.</summary>
    public static string Text(MeetingView meeting)
    {
        var text = new StringBuilder(Heading(meeting));
        foreach (var item in meeting.Items)
        {
            text.Append("\n\n").Append(item.Heading);
            if (Outcome(meeting, item) is { } outcome)
            {
                text.Append('\n').Append(outcome);
            }
        }
        return text.ToString();
    }

    /// <summary>The same as <see cref="Text"/> as HTML, with a link to every punkt.</summary>
    public static string ContentHtml(MeetingView meeting, SiteConfig config)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(Html.Encode(Heading(meeting))).Append("</p><ul>");
        foreach (var item in meeting.Items)
        {
            html.Append("<li>").Append(ItemHtml(meeting, item, config)).Append("</li>");
        }
        return html.Append("</ul>").ToString();
    }

    /// <summary>One punkt's treatment at one meeting: the decision, or that it is on the agenda.</summary>
    public static string TreatmentText(MeetingView meeting, AgendaItemView item) =>
        $"{Heading(meeting)}\n\n{item.Heading}" + (Outcome(meeting, item) is { } outcome ? $"\n{outcome}" : "");

    public static string TreatmentHtml(MeetingView meeting, AgendaItemView item, SiteConfig config) =>
        $"<p>{Html.Encode(Heading(meeting))}</p><p>{ItemHtml(meeting, item, config)}</p>";

    /// <summary>"Beslutning: …" once decided, "Lukket punkt." for a closed punkt without a public decision.</summary>
    public static string? Outcome(MeetingView meeting, AgendaItemView item) =>
        item.Decision is { } decision
            ? $"{decision.Heading}: {decision.Text}"
            : item.IsClosed && meeting.Kind == MeetingKind.Referat ? "Lukket punkt." : null;

    private static string ItemHtml(MeetingView meeting, AgendaItemView item, SiteConfig config)
    {
        var link = $"<a href=\"{Html.Encode(config.AbsoluteUrl(item.Url))}\">{Html.Encode(item.Heading)}</a>";
        return Outcome(meeting, item) is { } outcome ? $"{link}<br>{Html.Encode(outcome)}" : link;
    }
}
