using System.Text;
using Referater.Site.Validation;

namespace Referater.Site.Cli;

public enum DiagnosticFormat
{
    /// <summary><c>file:line:column: fejl: …</c>, the form editors and terminals turn into links.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands: a pull request shows each problem on its line.</summary>
    Github,
}

/// <summary>Diagnostics as GitHub Actions annotations (<c>::error file=…,line=…,col=…::…</c>).</summary>
public static class GitHubAnnotations
{
    public static string Format(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        return $"::{command} file={Property(diagnostic.File)},line={diagnostic.Line},col={diagnostic.Column},title={Property(diagnostic.Code)}::{Data($"{diagnostic.Message} [{diagnostic.Code}]")}";
    }

    /// <summary>A message may hold any text: '%', CR and LF would end or corrupt the command, so they are percent-encoded.</summary>
    public static string Data(string text) => Escape(text, properties: false);

    /// <summary>In properties ':' and ',' separate the command's parts, so they are encoded too.</summary>
    public static string Property(string text) => Escape(text, properties: true);

    private static string Escape(string text, bool properties)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            builder.Append(ch switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                ':' when properties => "%3A",
                ',' when properties => "%2C",
                _ => ch.ToString(),
            });
        }
        return builder.ToString();
    }
}
