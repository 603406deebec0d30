using Referater.Site.Content;

namespace Referater.Site.Validation;

/// <summary>What an attachment's <c>fil:</c> must be: a plain file of a published kind, beside the punkt that lists it.</summary>
public static class AttachmentRules
{
    /// <param name="privateFiles">Files of closed punkter in the folder: never suggested for a misspelt name.</param>
    public static (string Code, string Message)? Check(string folder, string file, IReadOnlySet<string> privateFiles)
    {
        if (FileNames.Problem(file) is { } problem)
        {
            return (FileNames.Code, $"bilagets filnavn '{DiagnosticText.Quote(file)}' {problem}. Skriv kun filnavnet, fx fil: bilag.pdf");
        }
        var full = Path.GetFullPath(Path.Combine(folder, file));
        if (file.Contains('\\') || Path.GetDirectoryName(full) != Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) || Path.GetExtension(file).Equals(".md", StringComparison.OrdinalIgnoreCase))
        {
            return ("RS0044", $"bilaget '{file}' skal ligge i samme mappe som punktet og må ikke være en .md-fil. Skriv kun filnavnet, fx fil: bilag.pdf");
        }
        if (!AttachmentTypes.IsAllowed(file))
        {
            return (AttachmentTypes.Code, AttachmentTypes.Refusal(file));
        }
        switch (InputFiles.KindOf(full))
        {
            case EntryKind.Missing:
                var candidates = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
                    .Where(name => !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !privateFiles.Contains(name));
                var suggestion = Suggestions.Closest(file, candidates);
                return ("RS0045", $"bilaget '{file}' findes ikke i mappen. {(suggestion is null ? "Læg filen ved siden af punktet, eller ret navnet." : $"Mente du '{suggestion}'?")}");
            case EntryKind.File:
                return null;
            case EntryKind.SymbolicLink:
                return (InputFiles.LinkCode, $"bilaget '{file}' er et symbolsk link. Bygningen følger ikke links, for et link kan pege på en fil uden for indholdet (fx byggemaskinens hemmeligheder). Læg selve filen i mappen i stedet for linket.");
            default:
                return (InputFiles.SpecialCode, $"bilaget '{file}' er ikke en almindelig fil (men fx en mappe, en navngiven pipe eller en enhed), så det kan ikke udgives. Læg selve dokumentet i mappen.");
        }
    }
}
