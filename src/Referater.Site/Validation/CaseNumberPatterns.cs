using System.Text.RegularExpressions;

namespace Referater.Site.Validation;

/// <summary>
/// <c>sagsnummer_mønster</c> from site.yml, a regular expression content chooses. It runs on the engine without
/// backtracking, whose time grows linearly with the text, so a pattern such as <c>^(a+)+$</c> cannot hang the build;
/// what that engine cannot run (look-arounds, back-references) is refused with its position.
/// </summary>
public static class CaseNumberPatterns
{
    public const int MaxLength = 300;

    public static Regex? Compile(string text, string display, int line, int column, DiagnosticBag diagnostics)
    {
        if (text.Length > MaxLength)
        {
            diagnostics.Error(display, line, column, "RS0104",
                $"'sagsnummer_mønster' er {text.Length} tegn langt; et mønster for sagsnumre må højst være {MaxLength} tegn. Skriv et kortere mønster, fx '^\\d{{2}}/\\d+$'.");
            return null;
        }
        try
        {
            return new Regex(text, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));
        }
        catch (NotSupportedException)
        {
            diagnostics.Error(display, line, column, "RS0622",
                "'sagsnummer_mønster' bruger en konstruktion, som ikke tillades (fx (?=…), (?<=…), (?>…) eller \\1): den kan få et mønster til at køre i timevis. "
                + "Skriv mønsteret med almindelige tegnklasser og gentagelser, fx '^\\d{2}/\\d+$'.");
            return null;
        }
        catch (ArgumentException ex)
        {
            diagnostics.Error(display, line, column, "RS0104",
                $"'sagsnummer_mønster' er ikke et gyldigt regulært udtryk: {ex.Message}. Skriv det i enkelte anførselstegn, fx '^\\d{{2}}/\\d+$'.");
            return null;
        }
    }
}
