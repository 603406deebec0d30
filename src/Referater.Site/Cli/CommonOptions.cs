using System.CommandLine;

namespace Referater.Site.Cli;

/// <summary>Options that several commands share, defined once so that they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Input() => new("--input")
    {
        Description = "Mappen med indholdet (site.yml og en mappe pr. udvalg)",
        DefaultValueFactory = _ => "input",
        HelpName = "MAPPE",
    };

    public static Option<string> Output() => new("--output")
    {
        Description = "Mappen det færdige site skrives til",
        DefaultValueFactory = _ => "output",
        HelpName = "MAPPE",
    };

    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Vis tider for hvert trin",
    };

    public static Option<DiagnosticFormat> Format() => new("--format")
    {
        Description = "text: fil:linje:kolonne: fejl: …  github: anmærkninger som GitHub Actions viser på linjen i en pull request",
        DefaultValueFactory = _ => DiagnosticFormat.Text,
        HelpName = "text|github",
    };

    public static Option<int> Port() => new("--port")
    {
        Description = "Porten preview lytter på (http://127.0.0.1:PORT)",
        DefaultValueFactory = _ => 5080,
        HelpName = "PORT",
    };
}
