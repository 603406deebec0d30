using System.Diagnostics;
using System.Net;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Preview;

/// <summary>
/// <c>preview</c> end to end: the real command as a child process, serving over HTTP on a free port, picking up edits
/// to the files, showing errors in the page, and never writing the live-reload script into a built site.
/// </summary>
public sealed class PreviewCommandTests : IDisposable
{
    private const string Item12 = "input/beskaeftigelsesudvalget/2026-02-17/12-orientering-om-invitation-til-partnerskabsdag-om-ungeloeftet.md";
    private const string MeetingUrl = "/beskaeftigelsesudvalget/2026-02-17/";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _temp = TempDirectory.WithSeedInput();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private Process? _preview;

    private async Task<Uri> StartAsync()
    {
        var port = SiteCommand.FreePort();
        _preview = Process.Start(SiteCommand.StartInfo(_temp.Path, ["preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        _preview.BeginOutputReadLine();
        _preview.BeginErrorReadLine();
        var root = new Uri($"http://127.0.0.1:{port}");
        await Eventually(async () => (await _http.GetAsync(root)).StatusCode == HttpStatusCode.OK, "preview never answered");
        return root;
    }

    /// <summary>Polls until the condition holds: the watcher and the rebuild take a moment, how long is not what is tested.</summary>
    private static async Task Eventually(Func<Task<bool>> condition, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        Assert.Fail(failure);
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(Uri root, string path)
    {
        using var response = await _http.GetAsync(new Uri(root, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Serves_the_site_and_follows_edits_errors_and_fixes()
    {
        var root = await StartAsync();
        var (status, html) = await GetAsync(root, MeetingUrl);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Punkt 12: Orientering om invitation til partnerskabsdag om Ungeløftet", html);
        Assert.Contains("<script src=\"/_preview/reload.js\"", html);
        Assert.False(Directory.Exists(_temp.Combine("output")), "preview serves from memory and writes no output");

        var file = _temp.Combine(Item12);
        var good = File.ReadAllText(file);
        File.WriteAllText(file, good.Replace("titel: Orientering om invitation", "titel: Rettet orientering om invitation"));
        await Eventually(async () => (await GetAsync(root, MeetingUrl)).Html.Contains("Punkt 12: Rettet orientering om invitation"), "the edit was never served");

        File.WriteAllText(file, good.Replace("sagsnummer: 15.00.00-P20-1-25", "sagsnummer: 99"));
        await Eventually(async () => (await GetAsync(root, MeetingUrl)).Html.Contains("er ikke et gyldigt sagsnummer"), "the error was never shown");
        (status, html) = await GetAsync(root, MeetingUrl);
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains($"{Item12}:4:1", html);
        Assert.Contains("<html lang=\"da\">", html);
        Assert.Contains("<script src=\"/_preview/reload.js\"", html);

        File.WriteAllText(file, good);
        await Eventually(async () => (await GetAsync(root, MeetingUrl)) is { Status: HttpStatusCode.OK } page && page.Html.Contains("Punkt 12: Orientering om invitation"), "the fixed page never came back");
    }

    [Fact]
    public async Task Open_tabs_are_told_to_reload_after_a_rebuild()
    {
        var root = await StartAsync();
        var (_, html) = await GetAsync(root, MeetingUrl);
        var version = System.Text.RegularExpressions.Regex.Match(html, "data-version=\"(\\d+)\"").Groups[1].Value;

        using var events = await _http.GetAsync(new Uri(root, $"/_preview/events?v={version}"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        var file = _temp.Combine(Item12);
        File.AppendAllText(file, "\nEt nyt afsnit.\n");

        using var timeout = new CancellationTokenSource(Patience);
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && line != "event: reload");
        Assert.Equal("event: reload", line);

        var script = await _http.GetStringAsync(new Uri(root, "/_preview/reload.js"));
        Assert.Contains("new EventSource('/_preview/events?v='", script);
        Assert.Contains("location.reload()", script);
    }

    [Fact]
    public void The_built_site_carries_no_live_reload_code()
    {
        Assert.Equal(0, SiteCommand.Run(_temp.Path, "build").ExitCode);
        foreach (var file in Directory.EnumerateFiles(_temp.Combine("output"), "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("_preview", File.ReadAllText(file));
        }
    }

    public void Dispose()
    {
        if (_preview is { HasExited: false })
        {
            _preview.Kill(entireProcessTree: true);
            _preview.WaitForExit(5000);
        }
        _preview?.Dispose();
        _http.Dispose();
        _temp.Dispose();
    }
}
