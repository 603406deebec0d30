using Referater.Site.Cli;

return await CommandLine.RunAsync(args);
