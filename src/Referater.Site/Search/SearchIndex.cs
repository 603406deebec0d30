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
    /// <param name="bundleFolder">Where in the folder the index goes: preview writes each index beside the last, over pages it keeps between indexes.</param>
    /// <param name="inBackground">
    /// Whether indexing gives way to other work (preview's rebuilds: the page an editor waits for comes before the search
    /// that follows it).
    /// </param>
    public static async Task<string?> IndexAsync(
        string workDirectory, DiagnosticBag diagnostics, CancellationToken cancellationToken = default, string bundleFolder = PagefindIndexer.BundleFolder, bool inBackground = false)
    {
        Directory.CreateDirectory(workDirectory);
        // Pagefind comes from the generator's own install, never from the content.
        var indexed = await new PagefindIndexer { InBackground = inBackground }.IndexAsync(workDirectory, diagnostics, cancellationToken, bundleFolder);
        return indexed ? Path.Combine(workDirectory, bundleFolder) : null;
    }
}
