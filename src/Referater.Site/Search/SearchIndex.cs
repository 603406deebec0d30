using Referater.Site.Rendering;
using Referater.Site.Validation;

namespace Referater.Site.Search;

/// <summary>
/// Builds the search index of a site: writes its <see cref="SearchDocuments"/> into a working folder, has
/// <see cref="PagefindIndexer"/> index that folder, and hands back the bundle it wrote (<c>pagefind/</c>). The build
/// moves the bundle into the site it publishes; preview serves it from where it lies.
/// </summary>
public static class SearchIndex
{
    /// <summary>Indexes the meetings in <paramref name="workDirectory"/>; the bundle's folder, or null when Pagefind failed (see the diagnostics).</summary>
    public static async Task<string?> BuildAsync(
        IEnumerable<MeetingView> meetings, string inputDirectory, string workDirectory, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(workDirectory);
        await SearchDocuments.WriteAsync(meetings, workDirectory, cancellationToken);
        var indexed = await new PagefindIndexer(inputDirectory).IndexAsync(workDirectory, diagnostics, cancellationToken);
        return indexed ? Path.Combine(workDirectory, PagefindIndexer.BundleFolder) : null;
    }
}
