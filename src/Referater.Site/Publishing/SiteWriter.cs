using System.Collections.Concurrent;
using System.Collections.Immutable;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;
using Referater.Site.Validation;

namespace Referater.Site.Publishing;

/// <summary>
/// Makes a site's files and hands them to a sink, streaming each page out as it is rendered. Every path is claimed once
/// (two files for one address, or an address outside the site, is an error where the input chose it), and every page's
/// ids and links are noted for the link check. The same writer serves build, check and preview, so the three apply the
/// same rules.
/// </summary>
public sealed class SiteWriter(OutputSink sink, DiagnosticBag diagnostics)
{
    /// <summary>How many pages one renderer serves before it is let go (it holds every component it rendered).</summary>
    public const int PagesPerRenderer = 32;

    private readonly OutputPaths.Registry _registry = new();
    private readonly ConcurrentDictionary<string, string> _claimed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageLinks> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<LinkSource>> _sources = new(StringComparer.Ordinal);

    /// <summary>Every path written, as the site serves it.</summary>
    public IEnumerable<string> Paths => _claimed.Values;

    public int Count => _claimed.Count;

    public int PageCount => _pages.Count;

    /// <summary>Every page's ids and links, by the page's path.</summary>
    public IReadOnlyDictionary<string, PageLinks> Pages => _pages;

    /// <summary>The links editors wrote in a page's texts, by the page's path.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<LinkSource>> LinkSources => _sources;

    /// <summary>Writes one file; a page is rendered by <paramref name="host"/> into its reusable buffer.</summary>
    public Task WriteAsync(OutputItem item, RazorHost host) => Claim(item) ? MakeAsync(item, host) : Task.CompletedTask;

    private async Task MakeAsync(OutputItem item, RazorHost host)
    {
        switch (item)
        {
            case PageOutput page:
                var buffer = host.Buffer;
                buffer.Reset();
                var recorder = new PageLinkRecorder(buffer.Writer);
                await host.RenderToAsync(page.Component, page.Parameters, recorder);
                sink.Write(page.Path, buffer.Written());
                _pages[page.Path] = recorder.Result;
                if (!page.LinkSources.IsEmpty)
                {
                    _sources[page.Path] = page.LinkSources;
                }
                break;
            case FileOutput file:
                sink.Write(file.Path, file.Content);
                break;
            case CopiedFile copy:
                sink.Copy(copy.Path, copy.SourcePath);
                break;
        }
    }

    /// <summary>Claims the path of a file made by an earlier run and kept (preview): a new file may not take its address.</summary>
    public void Keep(OutputItem item) => Claim(item);

    /// <summary>Writes many files, in parallel batches: each batch of pages has its own renderer, let go when the batch is written.</summary>
    /// <remarks>The paths are claimed first, in the items' order, so that a collision is reported the same way in every run.</remarks>
    public Task WriteAllAsync(IEnumerable<OutputItem> items, CancellationToken cancellationToken)
    {
        var claimed = items.Where(Claim).ToList();
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        return Parallel.ForEachAsync(claimed.Chunk(PagesPerRenderer), options, async (batch, token) =>
        {
            await using var host = new RazorHost();
            foreach (var item in batch)
            {
                token.ThrowIfCancellationRequested();
                await MakeAsync(item, host);
            }
        });
    }

    /// <summary>Takes a path for one file only; a second file for the same address, or an address outside the site, is an error.</summary>
    private bool Claim(OutputItem item)
    {
        if (!_registry.Claim(item, diagnostics))
        {
            return false;
        }
        _claimed[item.Path] = item.Path;
        return true;
    }
}
