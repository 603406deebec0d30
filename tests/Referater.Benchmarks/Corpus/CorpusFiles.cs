using System.Text;

namespace Referater.Benchmarks.Corpus;

/// <summary>Writes the files of a generated site: UTF-8 without BOM, LF line endings, into a folder that is emptied first.</summary>
public sealed class CorpusFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _root;

    /// <param name="marker">A file every generated folder has: a non-empty folder without it is not ours to empty.</param>
    public CorpusFiles(string root, string marker)
    {
        _root = Path.GetFullPath(root);
        if (Directory.Exists(_root) && Directory.EnumerateFileSystemEntries(_root).Any())
        {
            if (!File.Exists(Path.Combine(_root, marker)))
            {
                throw new IOException($"'{root}' is not empty and holds no {marker}: choose an empty folder.");
            }
            Directory.Delete(_root, recursive: true);
        }
        Directory.CreateDirectory(_root);
    }

    public int Count { get; private set; }

    public long Bytes { get; private set; }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = Utf8.GetBytes(text);
        File.WriteAllBytes(path, bytes);
        Count++;
        Bytes += bytes.Length;
    }

    /// <summary>A YAML double-quoted scalar: safe for any title, whatever colons or quotes it holds.</summary>
    public static string Quote(string text) => $"\"{text.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";

    public static string QuotedList(IEnumerable<string> items) => $"[{string.Join(", ", items.Select(Quote))}]";
}
