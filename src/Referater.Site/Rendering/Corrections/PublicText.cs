using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Referater.Site.Content;

namespace Referater.Site.Rendering.Corrections;

/// <summary>One part of a meeting's public view as text, by a key that stays the same from one version to the next.</summary>
internal sealed record TextPart(string Key, string Field, string Text);

/// <summary>A punkt's public view as text, and the object ids of its published attachment files.</summary>
internal sealed record PublicItemText(int Number, string Title, bool IsClosed, string Url, ImmutableArray<TextPart> Parts, ImmutableSortedDictionary<string, string> Files)
{
    public string Heading => $"Punkt {Number}: {Title}";

    /// <summary>Whether anything public of the punkt differs.</summary>
    public bool SameAs(PublicItemText other) =>
        Title == other.Title && IsClosed == other.IsClosed && Parts.SequenceEqual(other.Parts) && Files.SequenceEqual(other.Files);
}

/// <summary>
/// A meeting's public view (<see cref="MeetingView"/>) as text, part by part: what versions are compared by. It is
/// made from the view alone, so a closed punkt contributes its number, title and public decision, and nothing it
/// holds privately can be compared, let alone shown. White space is made uniform, so that re-wrapping a paragraph
/// in the Markdown is no change.
/// </summary>
internal sealed partial record PublicMeetingText(MeetingKind Kind, ImmutableArray<TextPart> Facts, ImmutableArray<PublicItemText> Items)
{
    /// <param name="attachmentIds">The object id of each file beside the punkter, by file name (from Git).</param>
    public static PublicMeetingText Of(MeetingView view, IReadOnlyDictionary<string, string> attachmentIds) => new(
        view.Kind,
        [
            new("tid", "Tidspunkt", view.Time?.ToString("HH':'mm", DanishText.Culture) ?? ""),
            new("sted", "Mødested", Clean(view.Place)),
            new("fravaerende", "Fraværende", Clean(string.Join(", ", view.Absentees))),
            new("indledning", "Indledning", HtmlText(view.IntroHtml)),
        ],
        [.. view.Items.Select(item => Item(item, attachmentIds))]);

    public bool SameAs(PublicMeetingText other) =>
        Kind == other.Kind && Facts.SequenceEqual(other.Facts) && Items.Length == other.Items.Length && Items.Zip(other.Items).All(p => p.First.SameAs(p.Second));

    private static PublicItemText Item(AgendaItemView item, IReadOnlyDictionary<string, string> attachmentIds)
    {
        var parts = new List<TextPart>
        {
            new("sagsnummer", "Sagsnummer", item.CaseNumber?.Value ?? ""),
            new("sagsbehandlere", "Sagsbehandlere", Clean(string.Join(", ", new[] { item.Caseworker }.Concat(item.OtherCaseworkers).OfType<string>()))),
            new("kommunikation", "Kommunikation", item.Grid is { } grid ? string.Join(", ", grid.Columns.Where(c => c.Marked).Select(c => c.Code)) : ""),
        };
        parts.AddRange(item.Sections.Select(s => new TextPart("afsnit:" + s.Id, s.Heading.Length == 0 ? "Tekst" : s.Heading, Clean(s.Text))));
        parts.Add(new("bilag", "Bilag", Clean(string.Join(" · ", item.Attachments.Select(a => a.Title)))));
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var url in item.Attachments.Select(a => a.Url).OfType<string>())
        {
            var name = Uri.UnescapeDataString(url[(url.LastIndexOf('/') + 1)..]);
            if (attachmentIds.TryGetValue(name, out var id))
            {
                files[name] = id;
            }
        }
        return new PublicItemText(item.Number, item.Title, item.IsClosed, item.Url, [.. parts], files.ToImmutable());
    }

    private static string HtmlText(string html)
    {
        if (html.Length == 0)
        {
            return "";
        }
        var body = new HtmlParser().ParseDocument("<body>" + html).Body!;
        return Clean(string.Join(" ", body.Children.Select(c => c.TextContent)));
    }

    private static string Clean(string? text) => text is null ? "" : WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
