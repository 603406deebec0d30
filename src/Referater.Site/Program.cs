using System.CommandLine;
using Referater.Site.Cli;

var root = new RootCommand("Referater.Site: udgiv kommunale udvalgs dagsordener og referater som et hurtigt, søgbart og tilgængeligt website")
{
    BuildCommand.Create(),
    ImportCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
