using System.Collections.Concurrent;
using System.Text;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;

namespace Referater.Site.Publishing;

/// <summary>Renders and writes output items into a folder, in parallel, streaming each file out as soon as it is ready.</summary>
public sealed class OutputWriter(string directory)
{
    /// <summary>How many pages one renderer serves before it is disposed (it holds every page it rendered).</summary>
    private const int PagesPerRenderer = 32;

    /// <summary>Pages are streamed to their files through a buffer this size; most pages fit in a few.</summary>
    private const int StreamBufferSize = 64 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);

    public int Count => _written.Count;

    public IReadOnlyCollection<string> WrittenPaths => _written.Keys.ToList();

    public async Task WriteAsync(IEnumerable<OutputItem> items, CancellationToken cancellationToken = default)
    {
        var list = items.ToList();
        foreach (var duplicate in list.GroupBy(i => i.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException($"Two outputs want the same file '{duplicate.Key}'.");
        }
        var pages = list.OfType<PageOutput>().Chunk(PagesPerRenderer).ToList();
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(pages, options, async (batch, _) =>
        {
            await using var host = new RazorHost();
            foreach (var page in batch)
            {
                await using (var file = new StreamWriter(Target(page.Path), Utf8, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = StreamBufferSize }))
                {
                    await host.RenderToAsync(page.Component, page.Parameters, file);
                }
                _written.TryAdd(page.Path, 0);
            }
        });
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
        if (!full.StartsWith(Path.GetFullPath(directory), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Output path '{path}' lies outside the output folder.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
