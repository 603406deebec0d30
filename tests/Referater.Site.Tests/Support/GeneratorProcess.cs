using System.Diagnostics;

namespace Referater.Site.Tests.Support;

/// <summary>Runs the built generator as an editor would, in a given folder, with CI's plain output.</summary>
public static class GeneratorProcess
{
    public static (int ExitCode, string Out, string Error) Run(string workingDirectory, params string[] args) =>
        RunWithPath(workingDirectory, null, args);

    /// <summary>With <paramref name="path"/> as the PATH the generator sees (null: the test's own).</summary>
    public static (int ExitCode, string Out, string Error) RunWithPath(string workingDirectory, string? path, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Referater.Site.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["CI"] = "true";
        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
