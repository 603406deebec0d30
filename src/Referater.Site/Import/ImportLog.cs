using Referater.Site.Validation;

namespace Referater.Site.Import;

/// <summary>Warnings and errors about one referat text, located by the line of the text they concern.</summary>
public sealed class ImportLog(string displayPath, DiagnosticBag diagnostics)
{
    public string DisplayPath => displayPath;

    public DiagnosticBag Diagnostics => diagnostics;

    public void Warn(int line, string code, string message) => diagnostics.Warning(displayPath, line, 1, code, message);

    public void Error(int line, string code, string message) => diagnostics.Error(displayPath, line, 1, code, message);
}
