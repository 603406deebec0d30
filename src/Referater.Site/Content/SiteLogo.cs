using Referater.Site.Validation;

namespace Referater.Site.Content;

/// <summary>The municipality's logo named in site.yml (<c>logo: logo.svg</c>), a file in the input folder shown in every page's header.</summary>
public static class SiteLogo
{
    /// <summary>Every page carries the logo, so it counts against each page's 100 KB budget.</summary>
    public const int MaxBytes = 30 * 1024;

    public static readonly string[] Extensions = [".svg", ".png", ".webp", ".jpg", ".jpeg"];

    /// <summary>The logo's full path, or null (with a diagnostic) when it cannot be used.</summary>
    public static string? Resolve(string inputDirectory, string? file, string display, int line, int column, DiagnosticBag diagnostics)
    {
        if (file is null)
        {
            return null;
        }
        if (FileNames.Problem(file) is { } nameProblem)
        {
            diagnostics.Error(display, line, column, FileNames.Code, $"logoets filnavn '{DiagnosticText.Quote(file)}' {nameProblem}. Skriv fx logo: logo.svg");
            return null;
        }
        var root = Path.GetFullPath(inputDirectory);
        var full = Path.GetFullPath(Path.Combine(root, file));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Error(display, line, column, "RS0111",
                $"logoet '{file}' ligger uden for input-mappen. Læg filen i input/ og skriv fx logo: logo.svg");
            return null;
        }
        if (!Extensions.Contains(Path.GetExtension(full).ToLowerInvariant()))
        {
            diagnostics.Error(display, line, column, "RS0111",
                $"logoet '{file}' skal være en af filtyperne {string.Join(", ", Extensions)}, fx logo: logo.svg");
            return null;
        }
        // Size and bytes are read from the file itself, never through a link: a link could publish any file of the machine.
        if (InputFiles.Problem(root, full) is { } problem)
        {
            diagnostics.Error(display, line, column, problem.IsMissing ? "RS0111" : problem.Code, problem.IsMissing
                ? $"logoet '{file}' findes ikke. Læg filen i input/ ved siden af site.yml, eller fjern linjen 'logo'."
                : $"logoet '{file}' {problem.Text}.");
            return null;
        }
        var size = new FileInfo(full).Length;
        if (size > MaxBytes)
        {
            diagnostics.Error(display, line, column, "RS0112",
                $"logoet '{file}' fylder {size / 1024} KB; det vises på hver side og må højst fylde {MaxBytes / 1024} KB. Gem det som SVG eller i en mindre størrelse.");
            return null;
        }
        return full;
    }
}
