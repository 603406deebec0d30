using System.Collections.Concurrent;

namespace Referater.Site.Publishing;

/// <summary>
/// Where a run puts the files it makes: a folder (build), nowhere (check, which runs every stage of the build but
/// writes nothing), or memory (preview). Paths are relative to the site's root, with '/' between folders.
/// </summary>
public abstract class OutputSink
{
    /// <summary>A file made whole in memory (a rendered page, a feed).</summary>
    public abstract void Write(string path, ReadOnlySpan<byte> content);

    /// <summary>An input file published as it is (an attachment).</summary>
    public abstract void Copy(string path, string sourcePath);

    /// <summary>A file of the previous build kept as it is (incremental builds).</summary>
    public virtual void Keep(string path, string previousFile) => Copy(path, previousFile);
}

/// <summary>Writes every file into a folder (the build's staging folder, which replaces the output when all went well).</summary>
public sealed class FolderSink(string directory) : OutputSink
{
    private readonly string _root = Path.GetFullPath(directory);

    /// <summary>Folders made so far: a site has tens of thousands of files in a few thousand folders, and asking the file system for each again is not free.</summary>
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public string Root => _root;

    /// <summary>One write of the whole file, without a stream's buffer: most files are small, and thousands are written.</summary>
    public override void Write(string path, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(Target(path), FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
    }

    public override void Copy(string path, string sourcePath) => File.Copy(sourcePath, Target(path), overwrite: true);

    private string Target(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        var folder = Path.GetDirectoryName(full)!;
        // Noted only once it exists: another thread may be writing into the same folder at this moment.
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }
        return full;
    }
}

/// <summary>
/// An incremental build: files that changed are written into the staging folder; a kept file stays where it is in the
/// previous output, which the commit updates in place.
/// </summary>
public sealed class OverlaySink(string directory) : OutputSink
{
    private readonly FolderSink _changed = new(directory);

    public override void Write(string path, ReadOnlySpan<byte> content) => _changed.Write(path, content);

    public override void Copy(string path, string sourcePath) => _changed.Copy(path, sourcePath);

    public override void Keep(string path, string previousFile)
    {
    }
}

/// <summary><c>check</c>: every file is made (so that every rule the build applies runs), and none is kept.</summary>
public sealed class DiscardingSink : OutputSink
{
    public override void Write(string path, ReadOnlySpan<byte> content)
    {
    }

    public override void Copy(string path, string sourcePath)
    {
    }
}

/// <summary>Preview: the files in memory, served from there; attachments are served from the input folder.</summary>
public sealed class MemorySink : OutputSink
{
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, string> Copies { get; } = new(StringComparer.Ordinal);

    public override void Write(string path, ReadOnlySpan<byte> content) => Files[path] = content.ToArray();

    public override void Copy(string path, string sourcePath) => Copies[path] = sourcePath;
}
