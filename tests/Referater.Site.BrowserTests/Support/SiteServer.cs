using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Referater.Site.Tests.Support;

namespace Referater.Site.BrowserTests.Support;

/// <summary>
/// A built site served over HTTP on 127.0.0.1 (a free port) as Netlify serves it: index.html for folders, 404.html
/// with status 404 for anything else, and the headers of netlify.toml on every answer, so that the browser enforces
/// the same Content-Security-Policy as on the published site (an inline style or script fails here too).
/// </summary>
public sealed partial class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, string root, Uri address)
    {
        _app = app;
        Root = root;
        Address = address;
    }

    /// <summary>The folder of the built site.</summary>
    public string Root { get; }

    public Uri Address { get; }

    /// <summary>The Content-Security-Policy every response carries, as netlify.toml gives it.</summary>
    public static string ContentSecurityPolicy { get; } = ReadContentSecurityPolicy();

    public static async Task<SiteServer> StartAsync(string siteDirectory)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteDirectory });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next();
        });
        var files = new PhysicalFileProvider(siteDirectory);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = ContentTypes(),
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(siteDirectory, "404.html"));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new SiteServer(app, siteDirectory, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The address of a page of the site by its path and query (<c>/soeg/?q=…</c>).</summary>
    public Uri Url(string pathAndQuery) => new(Address, pathAndQuery);

    /// <summary>A built file of the site as text (<c>soeg/index.html</c>).</summary>
    public string Raw(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>
    /// The usual types by extension (text/javascript for Pagefind's scripts and workers, which nosniff makes strict), and
    /// Pagefind's index files (<c>.pf_meta</c>, <c>.pf_index</c>, <c>.pf_fragment</c>, <c>.pf_filter</c>, <c>wasm.*.pagefind</c>):
    /// gzipped binary that its script fetches and unpacks itself.
    /// </summary>
    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        foreach (var extension in new[] { ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter", ".pagefind" })
        {
            types.Mappings[extension] = "application/octet-stream";
        }
        return types;
    }

    [GeneratedRegex("""Content-Security-Policy\s*=\s*"(?<policy>[^"]+)""")]
    private static partial Regex PolicyLine();

    private static string ReadContentSecurityPolicy()
    {
        var match = PolicyLine().Match(File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml")));
        return match.Success ? match.Groups["policy"].Value : throw new InvalidOperationException("netlify.toml sets no Content-Security-Policy.");
    }
}
