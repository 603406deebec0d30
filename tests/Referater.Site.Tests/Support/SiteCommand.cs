using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Referater.Site.Tests.Support;

/// <summary>The generator's command line, run as an editor runs it: a child process, in CI mode (plain lines, no colours).</summary>
public static class SiteCommand
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
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
        return start;
    }

    public static Result Run(string workingDirectory, params string[] args) => RunWithPath(null, workingDirectory, args);

    /// <summary>Runs the generator with another PATH, to meet a machine without some program.</summary>
    public static Result RunWithPath(string? path, string workingDirectory, params string[] args)
    {
        var start = StartInfo(workingDirectory, args);
        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A port nobody listens on now: the OS hands one out, and it is released for the child to take.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
