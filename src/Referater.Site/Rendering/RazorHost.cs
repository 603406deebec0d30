using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Referater.Site.Rendering;

/// <summary>
/// Renders Razor components to static HTML. A renderer keeps every component it rendered until it is
/// disposed, so a host serves one batch of pages and is then thrown away.
/// </summary>
public sealed class RazorHost : IAsyncDisposable
{
    private static readonly IServiceProvider Services = CreateServices();

    // Made when the first page is rendered: a batch whose pages are all kept from the last build renders none.
    private HtmlRenderer? _renderer;
    private PageBuffer? _buffer;

    /// <summary>Where this host's pages are encoded, one after the other: one buffer per host instead of one per page.</summary>
    public PageBuffer Buffer => _buffer ??= new();

    /// <summary>Writes the page straight to a writer (a file), without holding it as one large string first.</summary>
    public Task RenderToAsync(Type component, IReadOnlyDictionary<string, object?> parameters, TextWriter writer)
    {
        var renderer = _renderer ??= new(Services, Services.GetRequiredService<ILoggerFactory>());
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(new Dictionary<string, object?>(parameters)));
            output.WriteHtmlTo(writer);
        });
    }

    public ValueTask DisposeAsync() => _renderer?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static ServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        // By default the renderer writes æ, ø and å as numeric entities; Danish pages carry the letters themselves.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        return services.BuildServiceProvider();
    }
}

/// <summary>
/// A page's HTML encoded as UTF-8 in memory, reused from page to page: thousands of pages each with buffers of their own
/// would keep the garbage collector busy.
/// </summary>
public sealed class PageBuffer
{
    private readonly MemoryStream _stream = new(64 * 1024);

    public PageBuffer() => Writer = new StreamWriter(_stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024, leaveOpen: true);

    public TextWriter Writer { get; }

    /// <summary>Empties the buffer for the next page.</summary>
    public void Reset()
    {
        Writer.Flush();
        _stream.SetLength(0);
    }

    /// <summary>The page written since <see cref="Reset"/>, valid until the buffer is reset.</summary>
    public ReadOnlySpan<byte> Written()
    {
        Writer.Flush();
        return _stream.GetBuffer().AsSpan(0, (int)_stream.Length);
    }
}
