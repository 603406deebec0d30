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

    /// <summary>
    /// Indexes the search pages in <paramref name="pagesDirectory"/> into its folder <paramref name="bundleFolder"/> (preview,
    /// which keeps the pages between indexes and writes only those that changed), giving way to preview's rebuilds: the
    /// page an editor waits for comes before the search that follows it. The bundle's folder, or null when Pagefind failed.
    /// </summary>
    public static async Task<string?> IndexInBackgroundAsync(string pagesDirectory, string bundleFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var indexed = await new PagefindIndexer { InBackground = true }.IndexAsync(pagesDirectory, diagnostics, cancellationToken, bundleFolder);
        return indexed ? Path.Combine(pagesDirectory, bundleFolder) : null;
    }
}
