using System.CommandLine;
using System.CommandLine.Invocation;

namespace Referater.Site.Cli;

/// <summary>The program's commands, with Danish help and Danish parse errors.</summary>
public static class CommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Referater.Site: udgiv kommunale udvalgs dagsordener og referater som et hurtigt, søgbart og tilgængeligt website")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            NewCommand.Create(),
            PreviewCommand.Create(),
            ImportCommand.Create(),
            ExplainCommand.Create(),
        };
        DanishHelp.Apply(root);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var parse = Create().Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            return CommandLineErrors.Print(parse, error ?? Console.Error);
        }
        var configuration = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error };
        return await parse.InvokeAsync(configuration);
    }
}
