using System.Net;
using Referater.Site.Preview;
using Referater.Site.Tests.Support;
using static Referater.Site.Tests.Support.TestSite;

namespace Referater.Site.Tests.Preview;

/// <summary>
/// Preview's server answers only under the machine's own names: a web page elsewhere that points its name at 127.0.0.1
/// (DNS rebinding) sends its own name in the Host header and gets nothing. Attachments are served as netlify.toml serves
/// them, and only while they are plain files.
/// </summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly TestSite _site = new TestSite().Meeting(Committee, Date)
        .Item(Committee, Date, "10-punkt.md", ItemText(10, "Orientering", extra: "bilag:\n  - titel: Rapport\n    fil: rapport.pdf\n"));

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private PreviewServer? _server;
    private Uri _root = null!;

    public async Task InitializeAsync()
    {
        _site.Folder.WriteBytes($"input/{Committee}/{Date}/rapport.pdf", TestPdf.With("Rapport"));
        var site = new PreviewSite(_site.Input, themeStaticDirectory: null);
        Assert.True((await site.RebuildAsync(null)).Succeeded);
        var port = SiteCommand.FreePort();
        _server = new PreviewServer(site, new LiveReload(() => site.Current.Version));
        await _server.StartAsync(port, CancellationToken.None);
        _root = new Uri($"http://127.0.0.1:{port}/");
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_root, path));
        if (host is not null)
        {
            request.Headers.Host = host;
        }
        return await _http.SendAsync(request);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:5080")]
    [InlineData("preview.localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2:5080")]
    [InlineData("[::1]:5080")]
    public async Task Loopback_names_get_the_site(string? host)
    {
        using var response = await GetAsync("/", host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("10.0.0.1")]
    [InlineData("referater.testrup.dk")]
    public async Task Other_names_get_nothing(string host)
    {
        foreach (var path in new[] { "/", $"/{Committee}/{Date}/", $"/{Committee}/{Date}/rapport.pdf", "/_preview/reload.js" })
        {
            using var response = await GetAsync(path, host);
            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
            Assert.DoesNotContain("Orientering", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task An_attachment_is_served_without_sniffing_and_in_a_sandbox()
    {
        using var response = await GetAsync($"/{Committee}/{Date}/rapport.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.StartsWith("sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task An_attachment_replaced_by_a_link_is_not_served()
    {
        var file = _site.Folder.Combine("input", Committee, Date, "rapport.pdf");
        File.Delete(file);
        File.CreateSymbolicLink(file, "/etc/passwd");

        using var response = await GetAsync($"/{Committee}/{Date}/rapport.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        _http.Dispose();
        _site.Dispose();
    }
}
