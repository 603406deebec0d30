using System.Text;
using Referater.Site.Pipeline;

namespace Referater.Site.Rendering;

/// <summary>
/// Renders pages in parallel batches, streaming each page into a stream its caller opens (a file, or preview's
/// memory) as it is rendered, so that no page is held as a whole string on the way.
/// </summary>
public static class PageRenderer
{
    /// <summary>How many pages one renderer serves before it is disposed (it holds every page it rendered).</summary>
    private const int PagesPerRenderer = 32;

    /// <summary>Pages are encoded through a buffer this size; most pages fit in a few.</summary>
    public const int StreamBufferSize = 64 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="pages">The pages to render.</param>
    /// <param name="open">Opens the stream a page is written to; it is disposed after <paramref name="written"/>.</param>
    /// <param name="written">Called when a page is complete in its stream.</param>
    /// <param name="cancellationToken">Stops the rendering.</param>
    public static async Task RenderToAsync(
        IEnumerable<PageOutput> pages,
        Func<PageOutput, Stream> open,
        Func<PageOutput, Stream, Task> written,
        CancellationToken cancellationToken = default)
    {
        var batches = pages.Chunk(PagesPerRenderer).ToList();
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(batches, options, async (batch, _) =>
        {
            await using var host = new RazorHost();
            foreach (var page in batch)
            {
                await using var stream = open(page);
                await using (var writer = new StreamWriter(stream, Utf8, StreamBufferSize, leaveOpen: true))
                {
                    await host.RenderToAsync(page.Component, page.Parameters, writer);
                }
                await written(page, stream);
            }
        });
    }

    /// <summary>Renders each page into memory and hands on its UTF-8 bytes (preview serves pages from memory).</summary>
    public static Task RenderAsync(IEnumerable<PageOutput> pages, Func<PageOutput, byte[], Task> rendered, CancellationToken cancellationToken = default) =>
        RenderToAsync(pages, _ => new MemoryStream(), (page, stream) => rendered(page, ((MemoryStream)stream).ToArray()), cancellationToken);
}
