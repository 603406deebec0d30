using Referater.Site.Content;

namespace Referater.Site.Validation;

/// <summary>
/// Stops the build when published text holds a CPR number. It reads the source text itself, so the diagnostic
/// points at the exact line and column, and so that nothing Markdown or YAML does to the text can hide a number
/// from it. Of a closed punkt only what is published (number, title, public decision) is read.
/// </summary>
public static class PersonalDataGuard
{
    public const string Code = "RS0060";

    /// <summary>Keys of a closed punkt whose values are published.</summary>
    public static readonly string[] ClosedItemPublicKeys = ["nummer", "titel", "beslutning_offentlig"];

    /// <summary>A file whose every part is published (a meeting, an open punkt, site.yml).</summary>
    public static void CheckAll(SourceText source, DiagnosticBag diagnostics) =>
        Report(source, 0, source.Text.Length, diagnostics);

    /// <summary>A closed punkt: only the values of its public keys.</summary>
    public static void CheckPublicKeys(FrontMatter frontMatter, DiagnosticBag diagnostics)
    {
        foreach (var key in ClosedItemPublicKeys)
        {
            if (frontMatter.TryGet(key, out _, out var value))
            {
                var start = frontMatter.YamlOffset + (int)value.Start.Index;
                var end = frontMatter.YamlOffset + (int)value.End.Index;
                Report(frontMatter.Source, start, end, diagnostics);
            }
        }
    }

    private static void Report(SourceText source, int start, int end, DiagnosticBag diagnostics)
    {
        var text = source.Text[start..Math.Min(end, source.Text.Length)];
        foreach (var (index, length) in CprNumbers.Find(text))
        {
            var (line, column) = Position(source.Text, start + index);
            diagnostics.Error(source.DisplayPath, line, column, Code,
                $"her står et CPR-nummer ({CprNumbers.Masked(text.Substring(index, length))}). CPR-numre må ikke offentliggøres: "
                + "det strider mod databeskyttelsesforordningen (GDPR), og Datatilsynet har kritiseret en kommune for netop det. "
                + "Slet nummeret, eller skriv fx kun personens rolle. Er tallet ikke et CPR-nummer (fx et varenummer), "
                + $"så skriv {CprNumbers.ExceptionMarker} lige efter det; markeringen står også på siden.");
        }
    }

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
