using Referater.Site.Cli;
using Referater.Site.Pipeline;

// The process ends with its command: a build's collector pause is left to the exit (see CollectorPause.EndsWithProcess).
CollectorPause.EndsWithProcess = true;
return await CommandLine.RunAsync(args);
