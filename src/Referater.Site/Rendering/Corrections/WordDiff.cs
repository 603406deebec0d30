using System.Collections.Immutable;
using System.Text;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Referater.Site.Rendering.Corrections;

/// <summary>
/// What changed between two texts, word by word (DiffPlex), as a reader wants to see it: the removed and added
/// words, with a few unchanged words around each change and the rest of a long text left out.
/// </summary>
public static class WordDiff
{
    /// <summary>Unchanged words kept on each side of a change.</summary>
    public const int Context = 8;

    public static ImmutableArray<DiffSpan> Of(string before, string after)
    {
        var pieces = InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: false, ignoreCase: false, chunker: new WordChunker()).Lines;
        var spans = new List<DiffSpan>();
        foreach (var piece in pieces)
        {
            var kind = piece.Type switch
            {
                ChangeType.Deleted => DiffKind.Deleted,
                ChangeType.Inserted => DiffKind.Inserted,
                _ => DiffKind.Same,
            };
            spans.Add(new DiffSpan(kind, piece.Text));
        }
        return Trim(Group(spans));
    }

    /// <summary>
    /// Every run of changes, with only white space between them, becomes one removal and one addition: "a b" → "x y"
    /// reads as <c>[a b][x y]</c>, not word against word.
    /// </summary>
    private static List<DiffSpan> Group(List<DiffSpan> pieces)
    {
        var spans = new List<DiffSpan>();
        var same = new StringBuilder();
        for (var i = 0; i < pieces.Count;)
        {
            if (pieces[i].Kind == DiffKind.Same)
            {
                same.Append(pieces[i++].Text);
                continue;
            }
            if (same.Length > 0)
            {
                spans.Add(new DiffSpan(DiffKind.Same, same.ToString()));
                same.Clear();
            }
            var deleted = new StringBuilder();
            var inserted = new StringBuilder();
            for (; i < pieces.Count; i++)
            {
                var piece = pieces[i];
                if (piece.Kind == DiffKind.Deleted)
                {
                    deleted.Append(piece.Text);
                }
                else if (piece.Kind == DiffKind.Inserted)
                {
                    inserted.Append(piece.Text);
                }
                else if (string.IsNullOrWhiteSpace(piece.Text) && i + 1 < pieces.Count && pieces[i + 1].Kind != DiffKind.Same)
                {
                    deleted.Append(piece.Text);
                    inserted.Append(piece.Text);
                }
                else
                {
                    break;
                }
            }
            foreach (var (kind, text) in new[] { (DiffKind.Deleted, deleted), (DiffKind.Inserted, inserted) })
            {
                if (!string.IsNullOrWhiteSpace(text.ToString()))
                {
                    spans.Add(new DiffSpan(kind, text.ToString().Trim()));
                }
            }
        }
        if (same.Length > 0)
        {
            spans.Add(new DiffSpan(DiffKind.Same, same.ToString()));
        }
        return spans;
    }

    /// <summary>Long unchanged runs keep <see cref="Context"/> words next to each change; the words between become a gap.</summary>
    private static ImmutableArray<DiffSpan> Trim(List<DiffSpan> spans)
    {
        var result = ImmutableArray.CreateBuilder<DiffSpan>();
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Kind != DiffKind.Same)
            {
                result.Add(span);
                continue;
            }
            var words = span.Text.Split(' ');
            var keepBefore = i > 0 ? Context : 0;
            var keepAfter = i < spans.Count - 1 ? Context : 0;
            if (words.Length <= keepBefore + keepAfter + 1)
            {
                result.Add(span);
                continue;
            }
            if (keepBefore > 0)
            {
                result.Add(new DiffSpan(DiffKind.Same, string.Join(' ', words[..keepBefore]) + " "));
            }
            result.Add(new DiffSpan(DiffKind.Gap, "…"));
            if (keepAfter > 0)
            {
                result.Add(new DiffSpan(DiffKind.Same, " " + string.Join(' ', words[^keepAfter..])));
            }
        }
        return result.ToImmutable();
    }
}
