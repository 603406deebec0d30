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

/// <summary>Serves the previewed site from memory on http://127.0.0.1:PORT with Kestrel, ASP.NET Core's own server.</summary>
public sealed class PreviewServer(PreviewSite site, LiveReload liveReload) : IAsyncDisposable
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
        var snapshot = site.Current;
        var relative = path.TrimStart('/');
        if (relative.Length > 0 && !relative.EndsWith('/') && !snapshot.Files.ContainsKey(relative) && snapshot.Files.ContainsKey(relative + "/index.html"))
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
        if (file.Item is CopiedFile copy)
        {
            // The file was checked when it was loaded; it is checked again, for it may have been replaced by a link since.
            if (InputFiles.KindOf(copy.SourcePath) != EntryKind.File)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            http.Response.Headers.ContentSecurityPolicy = AttachmentPolicy;
            await http.Response.SendFileAsync(copy.SourcePath);
            return;
        }
        await http.Response.Body.WriteAsync(file.Content);
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
