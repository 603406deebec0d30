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

    /// <summary>
    /// An incremental build's commit: the staging folder holds only the files that changed. Each is moved over its old
    /// copy, the files the new site no longer has are removed, and the search index is replaced whole. The output stays
    /// as it was until the whole build succeeded; a commit stopped half-way is noticed by the cache, and the next build
    /// then makes and replaces everything.
    /// </summary>
    /// <param name="removed">Files of the previous output that the new site does not have.</param>
    public void CommitInto(IEnumerable<string> removed)
    {
        foreach (var file in Directory.EnumerateFiles(StagingDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(StagingDirectory, file);
            if (relative.StartsWith(Search.PagefindIndexer.BundleFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }
            var target = Path.Combine(_target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target, overwrite: true);
        }
        foreach (var path in removed)
        {
            var target = Path.Combine(_target, path);
            if (File.Exists(target))
            {
                File.Delete(target);
                RemoveEmptyFolders(Path.GetDirectoryName(target)!);
            }
        }
        var index = Path.Combine(_target, Search.PagefindIndexer.BundleFolder);
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }
        var newIndex = Path.Combine(StagingDirectory, Search.PagefindIndexer.BundleFolder);
        if (Directory.Exists(newIndex))
        {
            Directory.Move(newIndex, index);
        }
        _committed = true;
        Directory.Delete(StagingDirectory, recursive: true);
    }

    private void RemoveEmptyFolders(string folder)
    {
        while (folder.Length > _target.Length && folder.StartsWith(_target, StringComparison.Ordinal) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
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
