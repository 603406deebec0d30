using System.Diagnostics;
using System.Text;
using Referater.Site.Content;

namespace Referater.Site.Import;

/// <summary>
/// The text of a referat: a <c>.txt</c> or <c>.md</c> extraction as it is, a <c>.pdf</c> through
/// <c>pdftotext -layout</c> (poppler) when that program is installed.
/// </summary>
public static class ReferatSource
{
    public const string PdfTool = "pdftotext";

    private static readonly string[] TextExtensions = [".txt", ".text", ".md", ".markdown"];

    public static string? Read(string path, ImportLog log)
    {
        if (!File.Exists(path))
        {
            log.Error(1, "RS0500", $"filen '{log.DisplayPath}' findes ikke. Angiv stien til referatets tekst (.txt, .md) eller PDF.");
            return null;
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (TextExtensions.Contains(extension))
        {
            return SourceText.Read(path, log.DisplayPath, log.Diagnostics)?.Text;
        }
        if (extension == ".pdf")
        {
            return FromPdf(path, log);
        }
        log.Error(1, "RS0501", $"importen læser .txt, .md og .pdf, ikke '{extension}'. Gem referatet som tekst (.txt) eller PDF, og importér igen.");
        return null;
    }

    public static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, program), Path.Combine(dir, program + ".exe") })
            .FirstOrDefault(File.Exists);
    }

    private static string? FromPdf(string path, ImportLog log)
    {
        var tool = FindOnPath(PdfTool);
        if (tool is null)
        {
            log.Error(1, "RS0502",
                $"en PDF kræver programmet {PdfTool}, som ikke findes på PATH. Installér det (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler), "
                + $"eller gem referatets tekst som .txt og importér den.");
            return null;
        }
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "-layout", "-enc", "UTF-8", path, "-" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var reason = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? $"afslutningskode {process.ExitCode}";
            log.Error(1, "RS0503", $"{PdfTool} kunne ikke læse PDF'en ({reason}). Er filen en PDF med tekst (ikke et scannet billede)? Gem ellers teksten som .txt og importér den.");
            return null;
        }
        return SourceText.NormaliseLineEndings(text);
    }
}
