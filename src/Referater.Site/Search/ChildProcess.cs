using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;

namespace Referater.Site.Search;

/// <summary>
/// A program the build runs (npm, Pagefind). It gets a minimal environment (the build runs where the host keeps its
/// secrets: deploy tokens and keys in environment variables are not passed on), a time limit, and it ends with the
/// build: at a cancellation (Ctrl+C, SIGTERM), at the time limit, and when the build's process exits, the program and
/// every process it started are killed.
/// </summary>
public static class ChildProcess
{
    public sealed record Result(int ExitCode, string Output, bool TimedOut);

    /// <summary>The variables a program may see: where programs and the user's folders are, the locale, and a proxy if the host needs one.</summary>
    private static readonly string[] PassedVariables =
    [
        "PATH", "HOME", "TMPDIR", "TEMP", "TMP", "LANG", "LC_ALL", "LC_CTYPE",
        "SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "PROGRAMFILES",
        "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy",
    ];

    private static readonly ConcurrentDictionary<Process, byte> Running = new();

    static ChildProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
    }

    /// <summary>Runs a program and collects what it printed; null when the program is not installed.</summary>
    /// <param name="background">Whether the program gives way to other work on the machine (preview's search index, while the editor waits for a page).</param>
    public static async Task<Result?> RunAsync(
        string program, string workingDirectory, TimeSpan timeLimit, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool background = false)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var inherited = start.Environment.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        start.Environment.Clear();
        foreach (var name in PassedVariables)
        {
            if (inherited.TryGetValue(name, out var value) && value is not null)
            {
                start.Environment[name] = value;
            }
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return null;
        }
        Running.TryAdd(process, 0);
        using (process)
        {
            if (background)
            {
                // The lowest priority; what it starts inherits it.
                LowerPriority(process);
            }
            process.StandardInput.Close();
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeLimit);
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                return new Result(-1, "", TimedOut: true);
            }
            finally
            {
                Running.TryRemove(process, out _);
            }
            return new Result(process.ExitCode, (await output + "\n" + await error).Trim(), TimedOut: false);
        }
    }

    private static void LowerPriority(Process process)
    {
        try
        {
            process.PriorityClass = ProcessPriorityClass.Idle;
        }
        catch (Exception exception) when (exception is InvalidOperationException or Win32Exception or PlatformNotSupportedException)
        {
            // It has ended already, or the system does not let it be lowered: it runs at the normal priority.
        }
    }

    private static void KillAll()
    {
        foreach (var process in Running.Keys)
        {
            Kill(process);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(2000);
        }
        catch (Exception exception) when (exception is InvalidOperationException or Win32Exception)
        {
            // It has ended by itself.
        }
    }
}
