using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Referater.Site.Content;
using YamlDotNet.RepresentationModel;

namespace Referater.Site.Validation;

/// <summary>
/// Stops the build when published text holds a CPR number. It reads the source text itself, so the diagnostic
/// points at the exact line and column; then it reads the text as YAML and Markdown will publish it, so that a
/// number written with escapes, entities or emphasis inside it (<c>0101**90**-1234</c>, <c>&amp;#48;</c>) is
/// caught too. Of a closed punkt only what is published (number, title, public decision) is read.
/// </summary>
public static class PersonalDataGuard
{
    public const string Code = "RS0080";

    /// <summary>Keys of a closed punkt whose values are published.</summary>
    public static readonly string[] ClosedItemPublicKeys = ["nummer", "titel", "beslutning_offentlig"];

    /// <summary>A file whose every part is published as written (site.yml).</summary>
    public static void CheckAll(SourceText source, DiagnosticBag diagnostics) =>
        ReportRaw(source, 0, source.Text.Length, diagnostics);

    /// <summary>The front matter of a meeting or punkt: all of it, or of a closed punkt only the values of its public keys.</summary>
    public static void CheckFrontMatter(FrontMatter frontMatter, bool closed, DiagnosticBag diagnostics)
    {
        if (!closed)
        {
            CheckAll(frontMatter.Source, diagnostics);
        }
        foreach (var key in closed ? ClosedItemPublicKeys : frontMatter.Keys)
        {
            if (!frontMatter.TryGet(key, out _, out var value))
            {
                continue;
            }
            if (closed)
            {
                ReportRaw(frontMatter.Source, frontMatter.YamlOffset + (int)value.Start.Index, frontMatter.YamlOffset + (int)value.End.Index, diagnostics);
            }
            foreach (var scalar in value.AllNodes.OfType<YamlScalarNode>())
            {
                ReportDecoded(scalar.Value ?? "", frontMatter.Source, FrontMatter.Line(scalar), FrontMatter.Column(scalar), diagnostics);
            }
        }
    }

    /// <summary>Published Markdown, as its text will read on the page.</summary>
    /// <param name="firstLine">The 1-based line of the file on which <paramref name="markdown"/> starts.</param>
    public static void CheckMarkdown(MarkdownDocument document, string markdown, SourceText source, int firstLine, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }
            var text = new StringBuilder();
            foreach (var inline in block.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.AsSpan());
                        break;
                    case HtmlEntityInline entity:
                        text.Append(entity.Transcoded.AsSpan());
                        break;
                    case CodeInline code:
                        text.Append(code.Content);
                        break;
                    case LineBreakInline:
                        text.Append(' ');
                        break;
                    case LinkInline { Url: { } url }:
                        ReportDecoded(url, source, firstLine + block.Line, block.Column + 1, diagnostics, markdown);
                        break;
                }
            }
            ReportDecoded(text.ToString(), source, firstLine + block.Line, block.Column + 1, diagnostics, markdown);
        }
    }

    private static void ReportRaw(SourceText source, int start, int end, DiagnosticBag diagnostics)
    {
        var text = source.Text[start..Math.Min(end, source.Text.Length)];
        foreach (var (index, length) in CprNumbers.Find(text))
        {
            var (line, column) = Position(source.Text, start + index);
            Report(source, line, column, text.Substring(index, length), diagnostics);
        }
    }

    /// <summary>Numbers that only appear once the text is decoded: those written as they are were reported from the source.</summary>
    private static void ReportDecoded(string decoded, SourceText source, int line, int column, DiagnosticBag diagnostics, string? raw = null)
    {
        foreach (var (index, length) in CprNumbers.Find(decoded))
        {
            var number = decoded.Substring(index, length);
            if (!(raw ?? source.Text).Contains(number, StringComparison.Ordinal))
            {
                Report(source, line, column, number, diagnostics);
            }
        }
    }

    private static void Report(SourceText source, int line, int column, string number, DiagnosticBag diagnostics) =>
        diagnostics.Error(source.DisplayPath, line, column, Code,
            $"her står et CPR-nummer ({CprNumbers.Masked(number)}). CPR-numre må ikke offentliggøres: "
            + "det strider mod databeskyttelsesforordningen (GDPR), og Datatilsynet har kritiseret en kommune for netop det. "
            + "Slet nummeret, eller skriv fx kun personens rolle. Er tallet ikke et CPR-nummer (fx et varenummer), "
            + $"så skriv {CprNumbers.ExceptionMarker} lige efter det; markeringen står også på siden.");

    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, index - lineStart + 1);
    }
}
