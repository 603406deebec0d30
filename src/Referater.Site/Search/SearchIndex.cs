using Referater.Site.Validation;

namespace Referater.Site.Search;

/// <summary>
/// Builds the search index of a site from a working folder holding its <see cref="SearchDocuments"/>: has
/// <see cref="PagefindIndexer"/> index that folder, and hands back the bundle it wrote (<c>pagefind/</c>). The build
/// moves the bundle into the site it publishes; preview serves it from where it lies.
/// </summary>
public static class SearchIndex
{
    /// <summary>Indexes the search pages in <paramref name="workDirectory"/>; the bundle's folder, or null when Pagefind failed (see the diagnostics).</summary>
    public static async Task<string?> IndexAsync(string workDirectory, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(workDirectory);
        // Pagefind comes from the generator's own install, never from the content.
        var indexed = await new PagefindIndexer().IndexAsync(workDirectory, diagnostics, cancellationToken);
        return indexed ? Path.Combine(workDirectory, PagefindIndexer.BundleFolder) : null;
    }

    /// <summary>Writes the search pages into <paramref name="workDirectory"/> and indexes them (preview, which keeps them in memory).</summary>
    public static async Task<string?> BuildAsync(
        IEnumerable<KeyValuePair<string, byte[]>> documents, string workDirectory, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var sink = new Publishing.FolderSink(workDirectory);
        foreach (var (path, html) in documents)
        {
            sink.Write(path, html);
        }
        return await IndexAsync(workDirectory, diagnostics, cancellationToken);
    }
}
