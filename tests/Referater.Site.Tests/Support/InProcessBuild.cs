using Referater.Site.Cli;
using Referater.Site.Pipeline;

namespace Referater.Site.Tests.Support;

/// <summary>The build command run in-process as the CLI runs it, with what it prints captured.</summary>
public static class InProcessBuild
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string input, string output, bool search = true)
    {
        using var standardOutput = new StringWriter();
        using var standardError = new StringWriter();
        var exitCode = await BuildCommand.RunAsync(new BuildOptions(input, output) { Search = search }, standardOutput, standardError, CancellationToken.None);
        return (exitCode, standardOutput.ToString(), standardError.ToString());
    }
}
