using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Referater.Site.Content;
using Referater.Site.Validation;

namespace Referater.Site.Linking;

/// <summary>
/// Turns the references in a parsed Markdown text into links. It works on the inline level, on runs of plain
/// text only: existing links, code and headings are left as they are, and a reference that cannot be followed
/// stays text and is reported as information. Every reference it meets is kept with where it led, because a text's
/// links depend on which other meetings exist: when one is added, a text that named it must be linked again.
/// </summary>
public sealed class ReferenceLinker(ReferencePattern pattern, ReferenceResolver resolver)
{
    public const string UnresolvedCode = "RS0060";
    public const string MissingPunktCode = "RS0061";

    public static ReferenceLinker For(Content.Site site) =>
        new(new ReferencePattern(site.Config.Committees), new ReferenceResolver(MeetingDirectory.Of(site.Meetings)));

    public ReferenceResolver Resolver => resolver;

    /// <returns>Every reference of the text, with where it led.</returns>
    public ImmutableArray<ReferenceDependency> Link(MarkdownDocument document, ReferenceOrigin origin, DiagnosticBag? diagnostics)
    {
        var followed = ImmutableArray.CreateBuilder<ReferenceDependency>();
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
            LinkRun(run, origin, diagnostics, followed);
        }
        return followed.ToImmutable();
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

    private void LinkRun(List<Inline> run, ReferenceOrigin origin, DiagnosticBag? diagnostics, ImmutableArray<ReferenceDependency>.Builder followed)
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
            followed.Add(new ReferenceDependency(reference with { Start = 0 }, origin.Committee, origin.Date, resolution.Url));
            if (resolution.Problem is { } problem && diagnostics is not null)
            {
                Report(reference, resolution, problem, run, origin, diagnostics);
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

    private static void Report(Reference reference, Resolution resolution, string problem, List<Inline> run, ReferenceOrigin origin, DiagnosticBag diagnostics)
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

/// <summary>The meetings a text's references may link to, and the meeting whose referat the text is.</summary>
public sealed record ReferenceScope(ReferenceLinker Linker, Committee Committee, DateOnly Date);

/// <summary>A reference as the text made it, and where it led when the text was linked: the text depends on that meeting.</summary>
public sealed record ReferenceDependency(Reference Reference, Committee Committee, DateOnly Date, string? Url)
{
    /// <summary>Whether the reference would lead elsewhere now (a meeting it names was added or removed).</summary>
    public bool LeadsElsewhere(ReferenceResolver resolver) => resolver.Resolve(Reference, Committee, Date).Url != Url;
}

/// <summary>Links the references of every published text the pipeline parses, when the text's context names the meetings it may link to.</summary>
public sealed class ReferenceLinks : DocumentPass
{
    public override void Process(MarkdownDocument document, string markdown, MarkdownContext context)
    {
        if (context.References is { } scope && context.Published)
        {
            var followed = scope.Linker.Link(document, new ReferenceOrigin(scope.Committee, scope.Date, context.Source.DisplayPath, context.FirstLine), context.Diagnostics);
            document.SetData(typeof(ReferenceLinks), followed);
        }
    }

    /// <summary>The references a parsed document made, with where they led.</summary>
    public static ImmutableArray<ReferenceDependency> Of(MarkdownDocument document) =>
        document.GetData(typeof(ReferenceLinks)) is ImmutableArray<ReferenceDependency> followed ? followed : [];
}
