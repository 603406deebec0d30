namespace Referater.Site.Validation;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>One problem in the input, located so that an editor can go straight to it.</summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Code, string Message)
{
    public string SeverityLabel => Severity switch
    {
        Severity.Error => "fejl",
        Severity.Warning => "advarsel",
        _ => "info",
    };

    /// <summary>The form compilers use, which editors and terminals turn into links: <c>file:line:column: fejl: …</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {SeverityLabel}: {Message} [{Code}]";
}
