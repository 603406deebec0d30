using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Referater.Site.Content;
using Referater.Site.Pipeline;
using Referater.Site.Rendering.Pages;

namespace Referater.Site.Preview;

/// <summary>
/// Serves the previewed site from memory on http://127.0.0.1:PORT with Kestrel, ASP.NET Core's own server, and the
/// search index from the folder <see cref="PreviewSearch"/> built it in.
/// </summary>
public sealed class PreviewServer(PreviewSite site, LiveReload liveReload, PreviewSearch? search = null) : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The policy netlify.toml gives attachments: opened on their own, they run in a sandbox without script.</summary>
    public const string AttachmentPolicy = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'none'";

    private WebApplication? _app;

    public async Task StartAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2));
        _app = builder.Build();
        var stopping = _app.Lifetime.ApplicationStopping;
        _app.Run(http => HandleAsync(http, stopping));
        await _app.StartAsync(cancellationToken);
    }

    private async Task HandleAsync(HttpContext http, CancellationToken stopping)
    {
        if (!LoopbackHosts.IsLoopback(http.Request.Host.Host))
        {
            // DNS rebinding: a page elsewhere can point its own name at 127.0.0.1 and read the preview; it still sends its own name.
            http.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("Preview svarer kun på 127.0.0.1 og localhost.");
            return;
        }
        var path = http.Request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath)
        {
            await liveReload.StreamAsync(http, stopping);
            return;
        }
        http.Response.Headers.CacheControl = "no-store";
        if (path == LiveReload.ScriptPath)
        {
            http.Response.ContentType = "text/javascript; charset=utf-8";
            await http.Response.WriteAsync(LiveReload.Script);
            return;
        }
        if (path.StartsWith(SearchPath, StringComparison.Ordinal))
        {
            await SendSearchFileAsync(http, path[SearchPath.Length..]);
            return;
        }
        var snapshot = site.Current;
        var relative = path.TrimStart('/');
        if (relative.Length > 0 && !relative.EndsWith('/') && snapshot.Files.ContainsKey(relative + "/index.html") && !snapshot.Files.ContainsKey(relative))
        {
            // /udvalg/dato without the slash: send the browser to the address the page's links are relative to.
            http.Response.Redirect(path + "/" + http.Request.QueryString);
            return;
        }
        var key = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (!snapshot.Files.ContainsKey(key))
        {
            key = null;
        }
        if (snapshot.HasErrors && (key is null || key.EndsWith(".html", StringComparison.Ordinal)))
        {
            await SendHtmlAsync(http, StatusCodes.Status500InternalServerError, ErrorPage.Render(snapshot.Problems), snapshot.Version);
            return;
        }
        if (key is null)
        {
            var notFound = snapshot.Files.TryGetValue(SitePages.NotFoundFile, out var page) && page.Content is { } html ? html : "Siden findes ikke"u8.ToArray();
            await SendHtmlAsync(http, StatusCodes.Status404NotFound, notFound, snapshot.Version);
            return;
        }
        var file = snapshot.Files[key];
        if (key.EndsWith(".html", StringComparison.Ordinal))
        {
            await SendHtmlAsync(http, StatusCodes.Status200OK, file.Content!, snapshot.Version);
            return;
        }
        http.Response.ContentType = ContentTypes.TryGetContentType(key, out var type) ? type : "application/octet-stream";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (file.SourcePath is { } source)
        {
            // The file was checked when it was loaded; it is checked again, for it may have been replaced by a link since.
            if (InputFiles.KindOf(source) != EntryKind.File)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            http.Response.Headers.ContentSecurityPolicy = AttachmentPolicy;
            await http.Response.SendFileAsync(source);
            return;
        }
        await http.Response.Body.WriteAsync(file.Content);
    }

    private const string SearchPath = "/" + Search.PagefindIndexer.BundleFolder + "/";

    /// <summary>A file of the newest search index; 404 until the first index is built (the search page then says it could not load).</summary>
    private async Task SendSearchFileAsync(HttpContext http, string relative)
    {
        if (search?.BundleDirectory is { } bundle)
        {
            var root = Path.GetFullPath(bundle) + Path.DirectorySeparatorChar;
            var file = Path.GetFullPath(Path.Combine(root, relative));
            if (file.StartsWith(root, StringComparison.Ordinal) && File.Exists(file))
            {
                http.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
                await http.Response.SendFileAsync(file);
                return;
            }
        }
        http.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static async Task SendHtmlAsync(HttpContext http, int status, byte[] html, int version)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.Body.WriteAsync(LiveReload.Inject(html, version));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
