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
/// same rules. With a <see cref="BuildCache"/>, a file whose fingerprint did not change since the last build is kept
/// from the previous output instead of made again.
/// </summary>
public sealed class SiteWriter(OutputSink sink, DiagnosticBag diagnostics, BuildCache? cache = null)
{
    /// <summary>How many pages one renderer serves before it is let go (it holds every component it rendered).</summary>
    public const int PagesPerRenderer = 32;

    private readonly OutputPaths.Registry _registry = new();
    private readonly ConcurrentDictionary<string, string> _claimed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageLinks> _pages = new(StringComparer.Ordinal);
    private readonly SharedStrings _linkTexts = new();
    private readonly ConcurrentDictionary<string, byte> _keptPages = new(StringComparer.Ordinal);

    /// <summary>Every path written, as the site serves it.</summary>
    public IEnumerable<string> Paths => _claimed.Values;

    public int Count => _claimed.Count;

    /// <summary>Whether a file was written (or kept) at this path.</summary>
    public bool Wrote(string path) => _claimed.ContainsKey(path);

    public int PageCount => _pages.Count;

    private int _kept;

    /// <summary>How many files were kept from the previous build instead of made again.</summary>
    public int KeptCount => Volatile.Read(ref _kept);

    /// <summary>Every page's ids and links, by the page's path.</summary>
    public IReadOnlyDictionary<string, PageLinks> Pages => _pages;

    /// <summary>The pages kept from the previous build instead of made again.</summary>
    public IEnumerable<string> KeptPages => _keptPages.Keys;

    /// <summary>Writes one file; a page is rendered by <paramref name="host"/> into its reusable buffer.</summary>
    /// <param name="fingerprint">What the file is made from, when the caller knows better than the item (a meeting's own files).</param>
    /// <param name="keep">Whether an unchanged file may be kept; false when the caller decided it must be made (a meeting whose links changed).</param>
    public Task WriteAsync(OutputItem item, RazorHost host, string? fingerprint = null, bool keep = true) =>
        Claim(item) ? MakeAsync(item, host, fingerprint, keep) : Task.CompletedTask;

    private async Task MakeAsync(OutputItem item, RazorHost host, string? fingerprint = null, bool keep = true)
    {
        if (cache is not null)
        {
            fingerprint ??= item.Fingerprint();
        }
        if (cache is not null && keep)
        {
            if (cache.PreviousFile(item.Path) is { } previous && previous.Fingerprint == fingerprint && cache.Kept(item.Path, previous) is { } kept)
            {
                KeepFile(item.Path, kept, previous);
                return;
            }
        }
        long length;
        PageRecord? page = null;
        ImmutableArray<FilePartRecord> parts = [];
        switch (item)
        {
            case PageOutput output:
                var buffer = host.Buffer;
                buffer.Reset();
                var recorder = new PageLinkRecorder(buffer.Writer, _linkTexts);
                await host.RenderToAsync(output.Component, output.Parameters, recorder);
                var bytes = buffer.Written();
                sink.Write(output.Path, bytes);
                length = bytes.Length;
                var links = recorder.Result;
                _pages[output.Path] = new PageLinks(links.Ids, links.Links, output.LinkSources);
                page = cache is null ? null : new PageRecord(output.Component.FullName!, [.. links.Ids.Order(StringComparer.Ordinal)], links.Links, output.LinkSources);
                break;
            case FileOutput file:
                var content = file.Content;
                sink.Write(file.Path, content);
                length = content.Length;
                file.Release();
                break;
            case JoinedFile joined:
                var (joinedContent, table) = joined.MakeParts().Join(keep ? cache?.PreviousParts(joined.Path) : null);
                sink.Write(joined.Path, joinedContent.Span);
                length = joinedContent.Length;
                parts = table;
                break;
            case CopiedFile copy:
                sink.Copy(copy.Path, copy.SourcePath);
                length = new FileInfo(copy.SourcePath).Length;
                break;
            default:
                throw new InvalidOperationException($"No way to write a {item.GetType().Name}.");
        }
        if (cache is not null)
        {
            cache.Record(item.Path, new FileRecord(fingerprint!, length, page) { PartTable = parts });
        }
    }

    /// <summary>
    /// Keeps every file a meeting wrote in the last build, when all of them are still in the previous output; false (and
    /// nothing kept) when one is not, so that the meeting is rendered again.
    /// </summary>
    public bool TryKeep(IReadOnlyList<string> paths)
    {
        if (cache is null)
        {
            return false;
        }
        var kept = new List<(string Path, string File, FileRecord Record)>();
        foreach (var path in paths)
        {
            if (cache.PreviousFile(path) is not { } record || cache.Kept(path, record) is not { } file)
            {
                return false;
            }
            kept.Add((path, file, record));
        }
        foreach (var (path, file, record) in kept)
        {
            if (_registry.Claim(new CopiedFile(path, file), diagnostics))
            {
                _claimed[path] = path;
                KeepFile(path, file, record);
            }
        }
        return true;
    }

    private void KeepFile(string path, string kept, FileRecord record)
    {
        sink.Keep(path, kept);
        Interlocked.Increment(ref _kept);
        if (record.IsPage)
        {
            _keptPages[path] = 0;
            _pages[path] = PageLinks.Kept(record);
        }
        cache!.Record(path, record);
    }

    /// <summary>Claims the path of a file made by an earlier run and kept (preview): a new file may not take its address.</summary>
    public void Keep(OutputItem item) => Claim(item);

    /// <summary>Writes many files, in parallel batches: each batch of pages has its own renderer, let go when the batch is written.</summary>
    /// <remarks>
    /// The paths are claimed first, in the items' order, so that a collision is reported the same way in every run. A few
    /// files (preview after an edit) are shared out between the cores rather than made one after another in one batch.
    /// </remarks>
    public Task WriteAllAsync(IEnumerable<OutputItem> items, CancellationToken cancellationToken)
    {
        var claimed = items.Where(Claim).ToList();
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var size = Math.Clamp(claimed.Count / Environment.ProcessorCount, 1, PagesPerRenderer);
        return Parallel.ForEachAsync(claimed.Chunk(size), options, async (batch, token) =>
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
