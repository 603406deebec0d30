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
    public const string PathCode = "RS0071";

    /// <summary>How many pages one renderer serves before it is let go (it holds every component it rendered).</summary>
    public const int PagesPerRenderer = 32;

    /// <summary>Folders of the site that no content may write into: another tool fills them after the pages are written.</summary>
    private static readonly string[] Reserved = ["pagefind/"];

    private readonly ConcurrentDictionary<string, string> _claimed = new(StringComparer.OrdinalIgnoreCase);
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
    public async Task WriteAsync(OutputItem item, RazorHost host)
    {
        if (!Claim(item))
        {
            return;
        }
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
    public Task WriteAllAsync(IEnumerable<OutputItem> items, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        return Parallel.ForEachAsync(items.Chunk(PagesPerRenderer), options, async (batch, token) =>
        {
            await using var host = new RazorHost();
            foreach (var item in batch)
            {
                token.ThrowIfCancellationRequested();
                await WriteAsync(item, host);
            }
        });
    }

    /// <summary>Takes a path for one file only; a second file for the same address, or an address outside the site, is an error.</summary>
    private bool Claim(OutputItem item)
    {
        var path = item.Path;
        var segments = path.Split('/');
        var problem =
            segments.Any(s => s is "" or "." or ".." || s.Any(c => char.IsControl(c) || c == '\\'))
                ? $"giver adressen '/{path}', som ikke kan udgives (tomme, '.'- og '..'-led og kontroltegn kan ikke stå i en adresse)."
            : Reserved.Any(r => path.StartsWith(r, StringComparison.OrdinalIgnoreCase))
                ? $"giver adressen '/{path}', men mappen '/{path.Split('/')[0]}/' bruges af søgeindekset."
            : !_claimed.TryAdd(path, path)
                ? $"giver adressen '/{path}', som en anden fil i sitet også har (store og små bogstaver regnes for ens, fordi mange værter gør det)."
            : null;
        if (problem is null)
        {
            return true;
        }
        var (file, line, column) = item.Origin is { } origin ? (origin.File, origin.Line, origin.Column) : (path, 1, 1);
        diagnostics.Error(file, line, column, PathCode, $"{Describe(item)} {problem} Giv filen et andet navn.");
        return false;
    }

    private static string Describe(OutputItem item) => item switch
    {
        CopiedFile => $"bilaget '{Path.GetFileName(item.Path)}'",
        PageOutput => "siden",
        _ => "filen",
    };
}
