using System.Diagnostics;

namespace Referater.Site.Tests.Support;

/// <summary>Files that are not plain files, made as an attacker with a shell would make them.</summary>
public static class Special
{
    /// <summary>A named pipe: opening it for reading blocks until something writes to it.</summary>
    public static void MakeFifo(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0, mkfifo.StandardError.ReadToEnd());
    }
}
