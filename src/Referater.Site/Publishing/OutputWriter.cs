using System.Collections.Concurrent;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>Renders and writes output items into a folder, in parallel, streaming each file out as soon as it is ready.</summary>
public sealed class OutputWriter(string directory)
{
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);

    public int Count => _written.Count;

    public IReadOnlyCollection<string> WrittenPaths => _written.Keys.ToList();

    public async Task WriteAsync(IEnumerable<OutputItem> items, CancellationToken cancellationToken = default)
    {
        var list = items.ToList();
        // The build reports collisions before writing (OutputPaths); this is the last line, for any other caller.
        foreach (var duplicate in list.GroupBy(i => OutputPaths.Key(i.Path) ?? i.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException($"Two outputs want the same file '{duplicate.Key}'.");
        }
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await PageRenderer.RenderToAsync(
            list.OfType<PageOutput>(),
            page => new FileStream(Target(page.Path), new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = PageRenderer.StreamBufferSize }),
            (page, _) =>
            {
                _written.TryAdd(page.Path, 0);
                return Task.CompletedTask;
            },
            cancellationToken);
        await Parallel.ForEachAsync(list.Where(i => i is not PageOutput), options, async (item, _) =>
        {
            switch (item)
            {
                case FileOutput file:
                    await WriteFileAsync(file.Path, file.Content);
                    break;
                case CopiedFile copy:
                    var target = Target(copy.Path);
                    File.Copy(copy.SourcePath, target, overwrite: true);
                    _written.TryAdd(copy.Path, 0);
                    break;
            }
        });
    }

    private async Task WriteFileAsync(string path, byte[] content)
    {
        await File.WriteAllBytesAsync(Target(path), content);
        _written.TryAdd(path, 0);
    }

    private string Target(string path)
    {
        var full = Path.GetFullPath(Path.Combine(directory, path));
        if (!full.StartsWith(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Output path '{path}' lies outside the output folder.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
