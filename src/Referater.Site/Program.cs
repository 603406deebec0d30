using System.CommandLine;
using Referater.Site.Cli;

var root = new RootCommand("Referater.Site: udgiv kommunale udvalgs dagsordener og referater som et hurtigt, søgbart og tilgængeligt website")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    PreviewCommand.Create(),
    ImportCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
