using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Referater.Site.Tests.Support;

namespace Referater.Site.BrowserTests.Support;

/// <summary>
/// Serves a built site over HTTP on 127.0.0.1 (a free port), with the response headers of netlify.toml, so that the
/// browser enforces the same Content-Security-Policy as the published site.
/// </summary>
public sealed partial class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The Content-Security-Policy every response carries, as netlify.toml gives it.</summary>
    public static string ContentSecurityPolicy { get; } = ReadContentSecurityPolicy();

    public static async Task<SiteServer> StartAsync(string siteDirectory)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteDirectory, WebRootPath = siteDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
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
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            // Pagefind's index chunks have extensions of their own (.pf_index, .pf_fragment, .pagefind …).
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        await app.StartAsync();
        return new SiteServer(app, new Uri(app.Urls.Single()));
    }

    public string UrlOf(string pathAndQuery) => new Uri(Address, pathAndQuery).ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("""Content-Security-Policy\s*=\s*"(?<policy>[^"]+)""")]
    private static partial Regex PolicyLine();

    private static string ReadContentSecurityPolicy()
    {
        var match = PolicyLine().Match(File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml")));
        return match.Success ? match.Groups["policy"].Value : throw new InvalidOperationException("netlify.toml sets no Content-Security-Policy.");
    }
}
