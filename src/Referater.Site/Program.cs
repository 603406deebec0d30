using System.CommandLine;
using System.CommandLine.Invocation;
using Referater.Site.Cli;

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
var parse = root.Parse(args);
if (parse.Action is ParseErrorAction)
{
    return CommandLineErrors.Print(parse, Console.Error);
}
return await parse.InvokeAsync();
