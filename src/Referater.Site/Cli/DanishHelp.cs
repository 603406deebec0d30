using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace Referater.Site.Cli;

/// <summary>
/// <c>--help</c> in Danish. System.CommandLine ships its help texts in English (and a dozen other languages, not Danish),
/// so the help is written here from the commands' own Danish descriptions.
/// </summary>
public sealed class DanishHelp : SynchronousCommandLineAction
{
    /// <summary>The name editors call the program by (the launcher in the repository's root).</summary>
    public const string ProgramName = "./referater";

    private const int Indent = 2;

    /// <summary>Gives every command of the tree the Danish help and version options.</summary>
    public static void Apply(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "Vis hjælp til kommandoen";
                    help.Action = new DanishHelp();
                    break;
                case VersionOption version:
                    version.Description = "Vis programmets version";
                    break;
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        output.Write(Text(parseResult.CommandResult.Command));
        return 0;
    }

    /// <summary>The help of one command: what it does, how to call it, its arguments, options and sub-commands.</summary>
    public static string Text(Command command)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(command.Description))
        {
            text.Append(command.Description).Append("\n\n");
        }
        text.Append("Brug:\n").Append(' ', Indent).Append(Usage(command)).Append("\n\n");
        Section(text, "Argumenter:", command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.Name}>", a.Description ?? "")));
        Section(text, "Tilvalg:", AllOptions(command).Select(o => (OptionLabel(o), OptionDescription(o))));
        Section(text, "Kommandoer:", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")));
        return text.ToString();
    }

    private static string Usage(Command command)
    {
        var parts = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            parts.Insert(0, c is RootCommand ? ProgramName : c.Name);
        }
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.Name}>"));
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            parts.Add("<kommando>");
        }
        if (AllOptions(command).Any())
        {
            parts.Add("[tilvalg]");
        }
        return string.Join(' ', parts);
    }

    /// <summary>The command's own options and those its parents give every sub-command (help, version).</summary>
    private static IEnumerable<Option> AllOptions(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden);
        var inherited = command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive && !o.Hidden);
        return own.Concat(inherited).DistinctBy(o => o.Name);
    }

    private static string OptionLabel(Option option)
    {
        // Windows-style aliases (/h, /?) and -? only crowd the list; the short and long forms say it.
        var names = string.Join(", ", new[] { option.Name }.Concat(option.Aliases).Where(n => n.Length > 1 && n[0] == '-' && char.IsLetter(n[^1])).OrderBy(n => n.Length));
        return option.ValueType == typeof(bool) || option is HelpOption or VersionOption
            ? names
            : $"{names} <{option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant()}>";
    }

    private static string OptionDescription(Option option)
    {
        var description = option.Description ?? "";
        if (option.ValueType != typeof(bool) && option.HasDefaultValue && option.GetDefaultValue() is { } value)
        {
            description += $" (standard: {value})";
        }
        return description;
    }

    private static void Section(StringBuilder text, string title, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }
        var width = list.Max(r => r.Label.Length) + 2;
        text.Append(title).Append('\n');
        foreach (var (label, description) in list)
        {
            text.Append(' ', Indent).Append(label.PadRight(width)).Append(description.Replace("\n", "\n" + new string(' ', Indent + width))).Append('\n');
        }
        text.Append('\n');
    }
}
