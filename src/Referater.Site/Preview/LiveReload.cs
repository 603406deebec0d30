using System.Text;
using Microsoft.AspNetCore.Http;

namespace Referater.Site.Preview;

/// <summary>
/// Reloads the editor's open tab after a rebuild. Preview adds a small script to every HTML page it serves (never to a
/// built file); the script listens to a stream of server-sent events from the same origin and reloads on the first one.
/// </summary>
public sealed class LiveReload(Func<int> currentVersion)
{
    public const string ScriptPath = "/_preview/reload.js";
    public const string EventsPath = "/_preview/events";

    /// <summary>The page says which version it shows; a tab opened during a rebuild reloads at once.</summary>
    public const string Script = """
        (() => {
          const version = document.currentScript.dataset.version;
          const events = new EventSource('/_preview/events?v=' + encodeURIComponent(version));
          events.addEventListener('reload', () => { events.close(); location.reload(); });
        })();
        """;

    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Tells every open tab that the site changed.</summary>
    public void Announce() =>
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public static byte[] Inject(byte[] html, int version)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{ScriptPath}\" data-version=\"{version}\"></script>";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? text + tag : text.Insert(end, tag));
    }

    public async Task StreamAsync(HttpContext http, CancellationToken stopping)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping, http.RequestAborted);
        int.TryParse(http.Request.Query["v"], out var shown);
        await http.Response.WriteAsync(": preview\n\n", cancellation.Token);
        await http.Response.Body.FlushAsync(cancellation.Token);
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                var changed = _changed.Task;
                var version = currentVersion();
                if (version != shown)
                {
                    await http.Response.WriteAsync($"event: reload\ndata: {version}\n\n", cancellation.Token);
                    await http.Response.Body.FlushAsync(cancellation.Token);
                    shown = version;
                }
                await changed.WaitAsync(cancellation.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab was closed or preview stops.
        }
    }
}
