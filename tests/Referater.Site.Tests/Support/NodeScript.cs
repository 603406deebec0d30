using System.Diagnostics;
using System.Text.Json;

namespace Referater.Site.Tests.Support;

/// <summary>Runs one of the tests' Node.js scripts (real npm packages reading our output) and parses the JSON it prints.</summary>
public static class NodeScript
{
    public static JsonElement Run(string script, params string[] arguments)
    {
        Assert.True(Directory.Exists(Path.Combine(Repository.Root, "node_modules")),
            "The npm packages are missing: run 'npm ci' in the repository (tests/run.sh does).");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "tests", "Referater.Site.Tests", "Consumers", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish.");
        }
        Assert.True(process.ExitCode == 0, $"node {script} failed with exit code {process.ExitCode}:\n{stderr.Result}");
        return JsonDocument.Parse(stdout.Result).RootElement.Clone();
    }
}
