using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Referater.Site.Content;
using Referater.Site.Validation;

namespace Referater.Site.Linking;

/// <summary>
/// Turns the references in a parsed Markdown text into links. It works on the inline level, on runs of plain
/// text only: existing links, code and headings are left as they are, and a reference that cannot be followed
/// stays text and is reported as information.
/// </summary>
public sealed class ReferenceLinker(ReferencePattern pattern, ReferenceResolver resolver, DiagnosticBag diagnostics)
{
    public const string UnresolvedCode = "RS0060";
    public const string MissingPunktCode = "RS0061";

    public static ReferenceLinker For(Content.Site site, DiagnosticBag diagnostics) =>
        new(new ReferencePattern(site.Config.Committees), new ReferenceResolver(MeetingDirectory.Of(site.Meetings)), diagnostics);

    public void Link(MarkdownDocument document, ReferenceOrigin origin)
    {
        var runs = new List<List<Inline>>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is HeadingBlock || leaf.Inline is null)
            {
                continue;
            }
            CollectRuns(leaf.Inline, runs);
        }
        foreach (var run in runs)
        {
            LinkRun(run, origin);
        }
    }

    /// <summary>Consecutive literals and soft line breaks of one container; links are not entered, so no link is nested in another.</summary>
    private static void CollectRuns(ContainerInline container, List<List<Inline>> runs)
    {
        List<Inline>? run = null;
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline or LineBreakInline { IsHard: false })
            {
                (run ??= []).Add(inline);
                continue;
            }
            if (run is not null)
            {
                runs.Add(run);
                run = null;
            }
            if (inline is ContainerInline child and not LinkInline)
            {
                CollectRuns(child, runs);
            }
        }
        if (run is not null)
        {
            runs.Add(run);
        }
    }

    private void LinkRun(List<Inline> run, ReferenceOrigin origin)
    {
        var text = new StringBuilder();
        foreach (var inline in run)
        {
            text.Append(inline is LiteralInline literal ? literal.Content.AsSpan() : " ");
        }
        var links = new List<(Reference Reference, string Url)>();
        foreach (var reference in pattern.Find(text.ToString()))
        {
            var resolution = resolver.Resolve(reference, origin.Committee, origin.Date);
            if (resolution.Problem is { } problem)
            {
                Report(reference, resolution, problem, run, origin);
            }
            if (resolution.Url is { } url)
            {
                links.Add((reference, url));
            }
        }
        if (links.Count > 0)
        {
            Rewrite(run, links);
        }
    }

    /// <summary>Replaces the run by the same text with each linked reference wrapped in a link.</summary>
    private static void Rewrite(List<Inline> run, List<(Reference Reference, string Url)> links)
    {
        var parent = run[0].Parent!;
        var next = run[^1].NextSibling;
        var replacement = new List<Inline>();
        var linkIndex = 0;
        LinkInline? open = null;
        var offset = 0;
        foreach (var inline in run)
        {
            var length = inline is LiteralInline literal ? literal.Content.Length : 1;
            var start = offset;
            offset += length;
            var position = start;
            while (position < offset)
            {
                var (reference, url) = linkIndex < links.Count ? links[linkIndex] : default;
                var inside = reference is not null && position >= reference.Start;
                var pieceEnd = reference is null ? offset : Math.Min(offset, inside ? reference.End : reference.Start);
                var piece = inline is LiteralInline l
                    ? new LiteralInline(l.Content.AsSpan().Slice(position - start, pieceEnd - position).ToString())
                    : inline;
                if (inside)
                {
                    if (open is null)
                    {
                        open = new LinkInline(url, "") { IsClosed = true };
                        replacement.Add(open);
                    }
                    if (piece.Parent is not null)
                    {
                        piece.Remove();
                    }
                    open.AppendChild(piece);
                    if (pieceEnd == reference!.End)
                    {
                        open = null;
                        linkIndex++;
                    }
                }
                else
                {
                    replacement.Add(piece);
                }
                position = pieceEnd;
            }
        }
        foreach (var inline in run.Where(i => i.Parent == parent))
        {
            inline.Remove();
        }
        foreach (var inline in replacement)
        {
            if (next is null)
            {
                parent.AppendChild(inline);
            }
            else
            {
                next.InsertBefore(inline);
            }
        }
    }

    private void Report(Reference reference, Resolution resolution, string problem, List<Inline> run, ReferenceOrigin origin)
    {
        var (line, column) = Position(run, reference.Start);
        var code = resolution.Url is null ? UnresolvedCode : MissingPunktCode;
        var message = resolution.Url is null
            ? $"henvisningen '{reference.Text}' kunne ikke følges: {problem}. Teksten står uden link; ret datoen, hvis den er forkert."
            : $"henvisningen '{reference.Text}' kunne kun følges til mødet: {problem}. Ret punktets nummer, hvis det er forkert.";
        diagnostics.Info(origin.File, origin.FirstLine + line, column, code, message);
    }

    /// <summary>The 0-based line and 1-based column of a position in the run, from the positions Markdig kept.</summary>
    private static (int Line, int Column) Position(List<Inline> run, int position)
    {
        var offset = 0;
        foreach (var inline in run)
        {
            var length = inline is LiteralInline literal ? literal.Content.Length : 1;
            if (position < offset + length)
            {
                return (inline.Line, inline.Column + 1 + (position - offset));
            }
            offset += length;
        }
        return (run[^1].Line, run[^1].Column + 1);
    }
}

/// <summary>Where a text stands: the meeting whose referat it is, and the file and line its Markdown starts on.</summary>
public sealed record ReferenceOrigin(Committee Committee, DateOnly Date, string File, int FirstLine);
