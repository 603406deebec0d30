using System.Collections.Immutable;

namespace Referater.Site.Rendering.Corrections;

/// <summary>
/// What changed between two published versions of a meeting, part by part, from their public text. A punkt that
/// was closed shows only that it was closed: the law keeps a closed punkt's content private even when it was once
/// published by mistake, so its earlier text is not repeated. A removed punkt is named by its number and title only.
/// </summary>
internal static class CorrectionDiff
{
    public const string MeetingHeading = "Mødet";

    public const string ClosedNote = "Punktet er nu et lukket punkt. Hvad der stod i det før, vises ikke: et lukket punkts indhold holdes fortroligt, også når det har været offentliggjort.";

    public const string RemovedNote = "Punktet er fjernet.";

    public const string AddedNote = "Punktet er tilføjet.";

    public const string HiddenNote = "Teksten er ændret. Ordene vises ikke efter redaktionens ønske (fx fordi der var personoplysninger i dem).";

    public static ImmutableArray<ChangedPart> Compare(PublicMeetingText before, PublicMeetingText after, bool hideText)
    {
        var parts = new List<ChangedPart>();
        parts.AddRange(Parts(MeetingHeading, null, before.Facts, after.Facts));
        var old = before.Items.ToDictionary(i => i.Number);
        foreach (var item in after.Items)
        {
            if (!old.Remove(item.Number, out var earlier))
            {
                parts.Add(new ChangedPart(item.Heading, item.Url, null, AddedNote, []));
            }
            else if (item.IsClosed && !earlier.IsClosed)
            {
                parts.Add(new ChangedPart(item.Heading, item.Url, null, ClosedNote, []));
            }
            else
            {
                if (earlier.Title != item.Title)
                {
                    parts.Add(new ChangedPart(item.Heading, item.Url, "Titel", null, WordDiff.Of(earlier.Title, item.Title)));
                }
                parts.AddRange(Parts(item.Heading, item.Url, earlier.Parts, item.Parts));
                parts.AddRange(item.Files
                    .Where(file => earlier.Files.TryGetValue(file.Key, out var id) && id != file.Value)
                    .Select(file => new ChangedPart(item.Heading, item.Url, "Bilag", $"Filen {file.Key} er udskiftet.", [])));
            }
        }
        parts.AddRange(old.Values.OrderBy(i => i.Number).Select(removed => new ChangedPart(removed.Heading, null, null, RemovedNote, [])));
        return hideText
            ? [.. parts.Select(p => p.Diff.IsEmpty ? p : p with { Note = HiddenNote, Diff = [] })]
            : [.. parts];
    }

    /// <summary>The parts whose text differs, in the new version's order; parts only the old version had come last.</summary>
    private static IEnumerable<ChangedPart> Parts(string heading, string? url, ImmutableArray<TextPart> before, ImmutableArray<TextPart> after)
    {
        var old = before.ToDictionary(p => p.Key, StringComparer.Ordinal);
        foreach (var part in after)
        {
            var text = old.Remove(part.Key, out var earlier) ? earlier.Text : "";
            if (text != part.Text)
            {
                yield return new ChangedPart(heading, url, part.Field, null, WordDiff.Of(text, part.Text));
            }
        }
        foreach (var removed in before.Where(p => old.ContainsKey(p.Key) && p.Text.Length > 0))
        {
            yield return new ChangedPart(heading, url, removed.Field, null, WordDiff.Of(removed.Text, ""));
        }
    }
}
