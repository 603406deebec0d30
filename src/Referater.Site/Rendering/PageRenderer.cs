using System.Text;
using Referater.Site.Pipeline;

namespace Referater.Site.Rendering;

/// <summary>Renders pages in parallel batches and hands each page's UTF-8 bytes on as soon as it is ready (to a file, or to preview's memory).</summary>
public static class PageRenderer
{
    /// <summary>How many pages one renderer serves before it is disposed (it holds every page it rendered).</summary>
    private const int PagesPerRenderer = 32;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task RenderAsync(IEnumerable<PageOutput> pages, Func<PageOutput, byte[], Task> rendered, CancellationToken cancellationToken = default)
    {
        var batches = pages.Chunk(PagesPerRenderer).ToList();
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(batches, options, async (batch, _) =>
        {
            await using var host = new RazorHost();
            foreach (var page in batch)
            {
                var html = await host.RenderAsync(page.Component, page.Parameters);
                await rendered(page, Utf8.GetBytes(html));
            }
        });
    }
}
