using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Referater.Site.Rendering.Corrections;

/// <summary>
/// A correction's changed parts as HTML (the meeting page, the corrections page and the feed show the same) and as
/// plain text (the feed's summary, in the <c>[-removed-]{+added+}</c> notation of word diffs). Every value is encoded:
/// commit messages and content are text, never markup.
/// </summary>
public static class CorrectionText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="url">Makes a link of a page address (the feed needs absolute ones).</param>
    /// <param name="forScreen">Labels removed and added words for screen readers, which do not announce &lt;del&gt; and &lt;ins&gt;; a feed reader shows no hidden text, so a feed leaves them out.</param>
    public static string Html(Correction correction, Func<string, string> url, bool forScreen)
    {
        var html = new StringBuilder("<ul class=\"correction__parts\">");
        foreach (var part in correction.Parts)
        {
            html.Append("<li>");
            html.Append(part.Url is { } link
                ? $"<a href=\"{Encoder.Encode(url(link))}\">{Encoder.Encode(part.Heading)}</a>"
                : Encoder.Encode(part.Heading));
            if (part.Field is { } field)
            {
                html.Append(" · ").Append(Encoder.Encode(field));
            }
            html.Append(": ");
            if (part.Note is { } note)
            {
                html.Append(Encoder.Encode(note));
            }
            if (!part.Diff.IsEmpty)
            {
                html.Append("<span class=\"diff\">");
                AppendDiff(html, part, forScreen);
                html.Append("</span>");
            }
            html.Append("</li>");
        }
        return html.Append("</ul>").ToString();
    }

    /// <summary>The message, then the changed parts: a feed entry's content.</summary>
    public static string FeedHtml(Correction correction, Func<string, string> url) =>
        $"<p>{Encoder.Encode(correction.Subject ?? Correction.WithheldSubject)}</p>" + Html(correction, url, forScreen: false);

    public static string Text(Correction correction)
    {
        var text = new StringBuilder(correction.Subject ?? Correction.WithheldSubject);
        foreach (var part in correction.Parts)
        {
            text.Append('\n').Append(part.Heading);
            if (part.Field is { } field)
            {
                text.Append(" · ").Append(field);
            }
            text.Append(": ").Append(part.Note);
            foreach (var span in part.Diff)
            {
                text.Append(span.Kind switch
                {
                    DiffKind.Deleted => $"[-{span.Text}-]",
                    DiffKind.Inserted => $"{{+{span.Text}+}}",
                    _ => span.Text,
                });
            }
        }
        return text.ToString();
    }

    private static void AppendDiff(StringBuilder html, ChangedPart part, bool forScreen)
    {
        DiffKind? previous = null;
        foreach (var span in part.Diff)
        {
            // A removal and its replacement touch in the diff; a space keeps them two words on the page.
            if (previous is DiffKind.Deleted && span.Kind == DiffKind.Inserted)
            {
                html.Append(' ');
            }
            switch (span.Kind)
            {
                case DiffKind.Deleted:
                    html.Append("<del>").Append(forScreen ? "<span class=\"visually-hidden\">[slettet:] </span>" : "").Append(Encoder.Encode(span.Text)).Append("</del>");
                    break;
                case DiffKind.Inserted:
                    html.Append("<ins>").Append(forScreen ? "<span class=\"visually-hidden\">[tilføjet:] </span>" : "").Append(Encoder.Encode(span.Text)).Append("</ins>");
                    break;
                default:
                    html.Append(Encoder.Encode(span.Text));
                    break;
            }
            previous = span.Kind;
        }
    }
}
