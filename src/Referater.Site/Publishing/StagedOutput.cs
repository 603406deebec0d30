using Referater.Site.Content;

namespace Referater.Site.Publishing;

/// <summary>
/// Writes a build into a fresh folder beside the output folder and swaps it in only when the whole build
/// succeeded: a failed build leaves the previously published site exactly as it was. The folders of a build that
/// was killed (and so could not clean up) are removed by the next one.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly string _parent;
    private bool _committed;

    public StagedOutput(string outputDirectory)
    {
        _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _parent = Path.GetDirectoryName(_target) ?? ".";
        Directory.CreateDirectory(_parent);
        RemoveStaleFolders();
        StagingDirectory = Path.Combine(_parent, $"{Prefix}staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(StagingDirectory);
    }

    /// <summary>The folder this build writes into.</summary>
    public string StagingDirectory { get; }

    /// <summary>What the build's own folders beside the output are called: <c>.output.staging-…</c> and <c>.output.previous-…</c>.</summary>
    private string Prefix => $".{Path.GetFileName(_target)}.";

    public void Commit()
    {
        var previous = Path.Combine(_parent, $"{Prefix}previous-{Environment.ProcessId}-{Guid.NewGuid():N}");
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, previous);
        }
        try
        {
            Directory.Move(StagingDirectory, _target);
        }
        catch (IOException)
        {
            // The new site could not take the old one's place: put the old one back rather than publish nothing.
            if (Directory.Exists(previous) && !Directory.Exists(_target))
            {
                Directory.Move(previous, _target);
            }
            throw;
        }
        _committed = true;
        if (Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingDirectory))
        {
            Directory.Delete(StagingDirectory, recursive: true);
        }
    }

    /// <summary>Folders of earlier builds of this output that were stopped before they could remove them (their process is gone).</summary>
    private void RemoveStaleFolders()
    {
        foreach (var folder in Directory.EnumerateFileSystemEntries(_parent, Prefix + "*"))
        {
            var rest = Path.GetFileName(folder)[Prefix.Length..];
            if (!(rest.StartsWith("staging-", StringComparison.Ordinal) || rest.StartsWith("previous-", StringComparison.Ordinal)) || IsRunning(rest))
            {
                continue;
            }
            try
            {
                if (InputFiles.KindOf(folder) == EntryKind.Directory)
                {
                    Directory.Delete(folder, recursive: true);
                }
                else
                {
                    // Never follow a link someone left under that name: remove the link itself.
                    File.Delete(folder);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Another build may be removing it at the same moment; what is left goes next time.
            }
        }
    }

    /// <summary>Whether the build that made a folder (its process id is in the name) still runs.</summary>
    private static bool IsRunning(string name)
    {
        var parts = name.Split('-');
        if (parts.Length < 3 || !int.TryParse(parts[1], out var processId))
        {
            return false;
        }
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
