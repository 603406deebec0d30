using System.Collections.Concurrent;

namespace Referater.Site.Publishing;

/// <summary>
/// Where a run puts the files it makes: a folder (build), nowhere (check, which runs every stage of the build but
/// writes nothing), or memory (preview). Paths are relative to the site's root, with '/' between folders.
/// </summary>
public abstract class OutputSink
{
    /// <summary>A stream the file's bytes are written to; the file is complete when the stream is disposed.</summary>
    public abstract Stream Create(string path);

    /// <summary>An input file published as it is (an attachment).</summary>
    public abstract void Copy(string path, string sourcePath);
}

/// <summary>Writes every file into a folder (the build's staging folder, which replaces the output when all went well).</summary>
public sealed class FolderSink(string directory) : OutputSink
{
    public const int BufferSize = 64 * 1024;

    private readonly string _root = Path.GetFullPath(directory);

    public string Root => _root;

    public override Stream Create(string path) =>
        new FileStream(Target(path), new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = BufferSize });

    public override void Copy(string path, string sourcePath) => File.Copy(sourcePath, Target(path), overwrite: true);

    private string Target(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}

/// <summary><c>check</c>: every file is made (so that every rule the build applies runs), and none is kept.</summary>
public sealed class DiscardingSink : OutputSink
{
    public override Stream Create(string path) => Stream.Null;

    public override void Copy(string path, string sourcePath)
    {
    }
}

/// <summary>Preview: the files in memory, served from there; attachments are served from the input folder.</summary>
public sealed class MemorySink : OutputSink
{
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, string> Copies { get; } = new(StringComparer.Ordinal);

    public override Stream Create(string path) => new Capture(bytes => Files[path] = bytes);

    public override void Copy(string path, string sourcePath) => Copies[path] = sourcePath;

    private sealed class Capture(Action<byte[]> complete) : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                complete(ToArray());
            }
            base.Dispose(disposing);
        }
    }
}
