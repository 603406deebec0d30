using System.CommandLine;
using System.Text;
using Referater.Site.Validation;

namespace Referater.Site.Cli;

/// <summary>
/// <c>explain [KODE] [--markdown]</c>: what a diagnostic code means and what to do about it; without a code, every code.
/// <c>--markdown</c> writes the whole catalogue as docs/diagnostics.md has it.
/// </summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var code = new Argument<string?>("kode") { Description = "Koden i kantede parenteser efter en fejl, fx RS0041", Arity = ArgumentArity.ZeroOrOne };
        var markdown = new Option<bool>("--markdown") { Description = "Skriv hele listen som Markdown (indholdet af docs/diagnostics.md)" };
        var command = new Command("explain", "Forklar en fejlkode: hvad der er galt, og hvad du skal skrive i stedet") { code, markdown };
        command.SetAction(parse => Run(parse.GetValue(code), parse.GetValue(markdown), Console.Out));
        return command;
    }

    public static int Run(string? code, bool markdown, TextWriter output)
    {
        if (markdown)
        {
            output.Write(Markdown());
            return 0;
        }
        if (code is null)
        {
            foreach (var entry in DiagnosticCatalogue.All)
            {
                output.WriteLine($"{entry.Code}  {Label(entry.Severity),-8}  {entry.Title}");
            }
            return 0;
        }
        if (DiagnosticCatalogue.Find(code) is not { } found)
        {
            return Terminal.Fail($"'{code}' er ikke en kode, programmet kender. Koderne ser ud som RS0041; '{DanishHelp.ProgramName} explain' viser dem alle.");
        }
        output.WriteLine($"{found.Code} ({Label(found.Severity)}): {found.Title}");
        output.WriteLine();
        output.WriteLine(found.Help);
        output.WriteLine();
        output.WriteLine($"Eksempel: {found.Example}");
        return 0;
    }

    /// <summary>docs/diagnostics.md: every code with its severity, what it means and an example.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("# Fejlkoder\n\n");
        text.Append("Hver meddelelse fra `check`, `build`, `preview` og `import` ender med en kode i kantede parenteser, fx `[RS0041]`. ");
        text.Append("Her står, hvad hver kode betyder, og hvad du skal gøre. `fejl` stopper bygningen; `advarsel` og `info` gør ikke, men er værd at se på. ");
        text.Append($"Den samme forklaring fås i terminalen med `{DanishHelp.ProgramName} explain RS0041`.\n\n");
        text.Append($"Filen er skrevet af `{DanishHelp.ProgramName} explain --markdown`; ret i `src/Referater.Site/Validation/DiagnosticCatalogue.cs`, ikke her.\n\n");
        text.Append("| kode | alvor | betydning |\n| --- | --- | --- |\n");
        foreach (var entry in DiagnosticCatalogue.All)
        {
            text.Append($"| [{entry.Code}](#{entry.Anchor}) | {Label(entry.Severity)} | {entry.Title} |\n");
        }
        foreach (var entry in DiagnosticCatalogue.All)
        {
            text.Append($"\n## {entry.Code}\n\n");
            text.Append($"**{entry.Title}** ({Label(entry.Severity)})\n\n");
            text.Append(entry.Help).Append("\n\n");
            text.Append("Eksempel: ").Append(entry.Example).Append('\n');
        }
        return text.ToString();
    }

    private static string Label(Severity severity) => new Diagnostic("", 0, 0, severity, "", "").SeverityLabel;
}
