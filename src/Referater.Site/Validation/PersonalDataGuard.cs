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

    /// <summary>A file whose every part is published as written (site.yml): its text, and every value as YAML decodes it.</summary>
    public static void CheckAll(SourceText source, DiagnosticBag diagnostics) =>
        ReportRaw(source, 0, source.Text.Length, diagnostics);

    /// <summary>Every value of a YAML file (site.yml) as YAML decodes it: escapes such as <c>"\x39"</c> do not hide a number.</summary>
    public static void CheckYaml(YamlNode root, SourceText source, DiagnosticBag diagnostics)
    {
        foreach (var scalar in root.AllNodes.OfType<YamlScalarNode>())
        {
            ReportDecoded(scalar.Value ?? "", source, (int)scalar.Start.Line, (int)scalar.Start.Column, diagnostics, () => RawSpan(source, 0, scalar));
        }
    }

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
                ReportDecoded(scalar.Value ?? "", frontMatter.Source, FrontMatter.Line(scalar), FrontMatter.Column(scalar), diagnostics,
                    () => RawSpan(frontMatter.Source, frontMatter.YamlOffset, scalar));
            }
        }
    }

    /// <summary>Published Markdown, as its text will read on the page: text, entities, code, link addresses and titles.</summary>
    /// <param name="firstLine">The 1-based line of the file on which <paramref name="markdown"/> starts.</param>
    public static void CheckMarkdown(MarkdownDocument document, string markdown, SourceText source, int firstLine, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }
            var raw = () => block.Span.Start >= 0 && block.Span.End < markdown.Length ? markdown.Substring(block.Span.Start, block.Span.Length) : markdown;
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
                    case LinkInline link:
                        // The address and the title (a tooltip) are published too, each on its own.
                        foreach (var value in new[] { link.Url, link.Title }.OfType<string>())
                        {
                            ReportDecoded(value, source, firstLine + block.Line, block.Column + 1, diagnostics, raw);
                        }
                        break;
                    case AutolinkInline { Url: { } url }:
                        text.Append(url);
                        break;
                }
            }
            ReportDecoded(text.ToString(), source, firstLine + block.Line, block.Column + 1, diagnostics, raw);
        }
    }

    /// <summary>Text published in a file of its own (an attachment's text, by page), named in the message.</summary>
    public static void CheckText(string text, string where, string file, int line, int column, DiagnosticBag diagnostics)
    {
        foreach (var number in CprNumbers.FindNumbers(text))
        {
            diagnostics.Error(file, line, column, Code,
                $"{where} står et CPR-nummer ({CprNumbers.Masked(number.Digits)}). " + Advice);
        }
    }

    /// <summary>The YAML source of one scalar: what the raw scan of the file read for it.</summary>
    private static string RawSpan(SourceText source, int offset, YamlScalarNode scalar)
    {
        var start = Math.Clamp(offset + (int)scalar.Start.Index, 0, source.Text.Length);
        var end = Math.Clamp(offset + (int)scalar.End.Index, start, source.Text.Length);
        return source.Text[start..end];
    }

    private static void ReportRaw(SourceText source, int start, int end, DiagnosticBag diagnostics)
    {
        var text = source.Text[start..Math.Min(end, source.Text.Length)];
        foreach (var number in CprNumbers.FindNumbers(text))
        {
            var (line, column) = Position(source.Text, start + number.Index);
            Report(source, line, column, number.Digits, diagnostics);
        }
    }

    /// <summary>
    /// Numbers that only appear once the text is decoded (YAML escapes, entities, percent-encoding): those written as they
    /// are in the value's own source were reported from it. Comparing with the value's own source, not the whole file,
    /// matters: the same number written plainly in a closed punkt's private text must not hide an escaped copy in its title.
    /// </summary>
    /// <param name="raw">The value's own source, asked for only when the decoded value holds a number (most do not).</param>
    private static void ReportDecoded(string decoded, SourceText source, int line, int column, DiagnosticBag diagnostics, Func<string> raw)
    {
        HashSet<string>? inSource = null;
        // A value may be decoded once more by whoever reads it: percent-encoding in an address, HTML entities where a feed
        // reader or an app treats a title as HTML.
        var readings = new List<string> { decoded };
        if (decoded.Contains('%'))
        {
            readings.Add(PercentDecoded(decoded));
        }
        if (decoded.Contains('&'))
        {
            readings.Add(System.Net.WebUtility.HtmlDecode(decoded));
        }
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var number in readings.SelectMany(CprNumbers.FindNumbers))
        {
            inSource ??= CprNumbers.FindNumbers(raw()).Select(n => n.Digits).ToHashSet(StringComparer.Ordinal);
            if (!inSource.Contains(number.Digits) && reported.Add(number.Digits))
            {
                Report(source, line, column, number.Digits, diagnostics);
            }
        }
    }

    private static string PercentDecoded(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    private const string Advice =
        "CPR-numre må ikke offentliggøres: det strider mod databeskyttelsesforordningen (GDPR), og Datatilsynet har kritiseret en kommune for netop det. "
        + "Slet nummeret, eller skriv fx kun personens rolle. Er tallet ikke et CPR-nummer (fx et varenummer), "
        + "så skriv " + CprNumbers.ExceptionMarker + " lige efter det; markeringen står også på siden.";

    private static void Report(SourceText source, int line, int column, string digits, DiagnosticBag diagnostics) =>
        diagnostics.Error(source.DisplayPath, line, column, Code, $"her står et CPR-nummer ({CprNumbers.Masked(digits)}). " + Advice);

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
