using System.CommandLine;
using System.Text.RegularExpressions;
using Referater.Site.Validation;

namespace Referater.Site.Cli;

/// <summary>
/// What is wrong with a command line, in Danish. System.CommandLine words its parse errors in English; each of its
/// message templates (as of the pinned version) is matched here and said again in Danish, with what to write instead.
/// </summary>
public static partial class CommandLineErrors
{
    private static readonly (Regex English, string Danish)[] Translations =
    [
        (Template("Required command was not provided."), "der mangler en kommando."),
        (Template("Unrecognized command or argument '{0}'."), "'{0}' er hverken en kommando eller et argument, programmet kender."),
        (Template("Required argument '{0}' missing for command: '{1}'."), "kommandoen '{1}' mangler argumentet <{0}>."),
        (Template("Required argument missing for option: '{0}'."), "tilvalget '{0}' mangler sin værdi."),
        (Template("Option '{0}' is required."), "tilvalget '{0}' skal angives."),
        (Template("Option '{0}' expects a single argument but {1} were provided."), "tilvalget '{0}' tager én værdi, men fik {1}."),
        (Template("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'. Did you mean one of the following?{3}"), "'{0}' er ikke en gyldig værdi for {1}. Mulige værdier:{3}"),
        (Template("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'. Did you mean one of the following?{3}"), "'{0}' er ikke en gyldig værdi for kommandoen '{1}'. Mulige værdier:{3}"),
        (Template("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'."), "'{0}' er ikke en gyldig værdi for {1}."),
        (Template("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'."), "'{0}' er ikke en gyldig værdi for kommandoen '{1}'."),
        (Template("Cannot parse argument '{0}' as expected type '{1}'."), "'{0}' er ikke en gyldig værdi."),
        (Template("Argument '{0}' not recognized. Must be one of:{1}"), "'{0}' er ikke en af de mulige værdier:{1}"),
        (Template("'{0}' was not matched. Did you mean one of the following?"), "'{0}' kendes ikke."),
        (Template("{0} option cannot be combined with other arguments."), "{0} kan ikke bruges sammen med andre argumenter."),
        (Template("Response file not found '{0}'."), "svarfilen '{0}' findes ikke."),
    ];

    /// <summary>Prints the errors of a command line that could not be parsed, with a suggestion and where to read more; returns the exit code.</summary>
    public static int Print(ParseResult parseResult, TextWriter error)
    {
        var command = parseResult.CommandResult.Command;
        foreach (var message in parseResult.Errors.Select(e => Translate(e.Message)).Distinct())
        {
            error.WriteLine($"fejl: {message}");
        }
        foreach (var token in parseResult.UnmatchedTokens)
        {
            var candidates = command.Subcommands.Select(c => c.Name).Concat(command.Options.Select(o => o.Name));
            if (Suggestions.Closest(token, candidates) is { } suggestion)
            {
                error.WriteLine($"Mente du '{suggestion}'?");
            }
        }
        var path = command is RootCommand ? "" : $" {command.Name}";
        error.WriteLine($"Skriv '{DanishHelp.ProgramName}{path} --help' for at se, hvad kommandoen tager.");
        return 1;
    }

    public static string Translate(string english)
    {
        foreach (var (pattern, danish) in Translations)
        {
            var match = pattern.Match(english);
            if (match.Success)
            {
                return PlaceholderPattern().Replace(danish, m => match.Groups["p" + m.Groups[1].Value].Value);
            }
        }
        return english;
    }

    /// <summary>A message template as a pattern: each <c>{n}</c> matches any text and is captured as <c>pn</c>.</summary>
    private static Regex Template(string template)
    {
        var parts = PlaceholderPattern().Split(template);
        var pattern = "^";
        for (var i = 0; i < parts.Length; i++)
        {
            pattern += i % 2 == 0 ? Regex.Escape(parts[i]) : $"(?<p{parts[i]}>.*?)";
        }
        return new Regex(pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex PlaceholderPattern();
}
