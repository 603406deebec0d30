using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>The text of a referat as the importer reads it, and for text made from a page, the page's line of each text line.</summary>
public sealed record ReferatText(string Text, IReadOnlyList<int>? LineNumbers = null);

/// <summary>
/// Reads a referat: <c>.txt</c> and <c>.md</c> as they are, <c>.pdf</c> in-process with PdfPig (no program to
/// install), <c>.html</c>/<c>.htm</c> through its structure with AngleSharp.
/// </summary>
public static class ReferatSource
{
    public static readonly string[] Extensions = [".txt", ".text", ".md", ".markdown", ".pdf", ".html", ".htm"];

    /// <summary>A PDF beyond this size is not a referat's text but a scan or a bundle of attachments.</summary>
    private const long MaxPdfBytes = 200L * 1024 * 1024;

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static ReferatText? Read(string path, ImportLog log)
    {
        if (!File.Exists(path))
        {
            log.Error(1, "RS0500", $"filen '{log.DisplayPath}' findes ikke. Angiv stien til referatets tekst (.txt, .md), PDF eller gemte webside (.html).");
            return null;
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".pdf":
                return FromPdf(path, log);
            case ".html" or ".htm":
                return FromHtml(path, log);
            case ".txt" or ".text" or ".md" or ".markdown":
                return SourceText.Read(path, log.DisplayPath, log.Diagnostics) is { } source ? new ReferatText(source.Text) : null;
            default:
                log.Error(1, "RS0501",
                    $"importen læser .txt, .md, .pdf og .html, ikke '{extension}'. Gem referatet som tekst, PDF eller webside (.html), og importér igen.");
                return null;
        }
    }

    private static ReferatText? FromPdf(string path, ImportLog log)
    {
        if (new FileInfo(path).Length > MaxPdfBytes)
        {
            log.Error(1, "RS0504", $"PDF'en fylder over {MaxPdfBytes / (1024 * 1024)} MB; det er ikke et referats tekst. Importér referatet uden bilag.");
            return null;
        }
        string text;
        try
        {
            text = PdfText.Read(path);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            log.Error(1, "RS0504",
                $"PDF'en kan ikke læses ({exception.GetBaseException().Message}). Er den beskyttet med adgangskode eller beskadiget? Gem ellers referatets tekst som .txt og importér den.");
            return null;
        }
        if (text.Count(char.IsLetter) < 20)
        {
            log.Error(1, "RS0505",
                "PDF'en har ingen tekst, kun billeder (et scannet dokument). Kør tekstgenkendelse (OCR) på den, eller gem referatets tekst som .txt og importér den.");
            return null;
        }
        return new ReferatText(text);
    }

    private static ReferatText? FromHtml(string path, ImportLog log)
    {
        if (new FileInfo(path).Length > SourceText.MaxBytes)
        {
            log.Error(1, "RS0506", $"websiden fylder over {SourceText.MaxBytes / (1024 * 1024)} MB; det er ikke et referat. Gem kun referatets side.");
            return null;
        }
        using var stream = File.OpenRead(path);
        var (text, lines) = HtmlText.Read(stream);
        if (text.Count(char.IsLetter) < 20)
        {
            log.Error(1, "RS0506",
                "websiden har ingen tekst uden for menuer og scripts. Er det siden med selve referatet? En side, der henter referatet med JavaScript, skal gemmes som 'Websted, komplet' eller som PDF.");
            return null;
        }
        return new ReferatText(text, lines);
    }
}
