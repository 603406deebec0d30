using System.Collections.Immutable;
using Referater.Site.Rendering;

namespace Referater.Site.Pipeline;

/// <summary>One file of the published site, by its path relative to the output folder (<c>udvalg/2026-02-17/index.html</c>).</summary>
public abstract record OutputItem(string Path)
{
    /// <summary>Where in the input the file comes from, when an editor chose its name (an attachment): a problem with the path is reported there.</summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>
    /// A digest of everything the file is made from (<see cref="Pipeline.Fingerprint"/>): when it equals the one the last
    /// build recorded, the file is the same and is kept instead of made again.
    /// </summary>
    public abstract string Fingerprint();
}

/// <summary>A place in an input file.</summary>
public sealed record SourceLocation(string File, int Line, int Column);

/// <summary>A page rendered from a Razor component of the theme.</summary>
public sealed record PageOutput(string Path, Type Component, IReadOnlyDictionary<string, object?> Parameters) : OutputItem(Path)
{
    /// <summary>The links within the site that editors wrote in the page's texts, so that a broken one is reported where it was written.</summary>
    public ImmutableArray<LinkSource> LinkSources { get; init; } = [];

    /// <summary>The file of a page at a URL path: <c>/a/b/</c> is written as <c>a/b/index.html</c>.</summary>
    public static string FileFor(string urlPath) =>
        urlPath.EndsWith('/') ? urlPath.TrimStart('/') + "index.html" : urlPath.TrimStart('/');

    /// <summary>The page at a URL path: the component gets its <c>Page</c> (where it is) and its own parameters.</summary>
    public static PageOutput At(BuildContext context, string urlPath, Type component, params (string Name, object? Value)[] parameters)
    {
        var values = parameters.ToDictionary(p => p.Name, p => p.Value);
        values[PageParameter] = context.PageAt(urlPath);
        return new PageOutput(FileFor(urlPath), component, values);
    }

    /// <summary>Every page component of the theme takes its context under this name.</summary>
    public const string PageParameter = "Page";

    /// <summary>
    /// What the page's own values are made from, when the source can name it more cheaply than the values themselves
    /// (a case page: the summaries of the meetings that treated the case). It stands for every parameter but the page's
    /// context, which is read either way: a source that sets it names all that its other parameters are made from.
    /// </summary>
    public object? Inputs { get; init; }

    /// <summary>A page is its component and the values it is given: the theme renders nothing else.</summary>
    public override string Fingerprint() => Inputs is not null
        ? Pipeline.Fingerprint.Of(Path, Component, Parameters.GetValueOrDefault(PageParameter), Inputs)
        : Pipeline.Fingerprint.Of(Path, Component, Parameters.OrderBy(p => p.Key, StringComparer.Ordinal));
}

/// <summary>
/// A file whose bytes are made without rendering (assets, feeds, data). The bytes are made when first asked for:
/// the build asks for all of them, in parallel as it writes; preview, which rebuilds after every edit, only for
/// the files a browser requests.
/// </summary>
public sealed record FileOutput : OutputItem
{
    private readonly Func<byte[]> _make;
    private readonly Lock _making = new();
    private byte[]? _made;

    public FileOutput(string path, byte[] content)
        : this(path, () => content)
    {
    }

    public FileOutput(string path, Func<byte[]> content)
        : base(path) => _make = content;

    public byte[] Content
    {
        get
        {
            if (Volatile.Read(ref _made) is { } made)
            {
                return made;
            }
            lock (_making)
            {
                return _made ??= _make();
            }
        }
    }

    /// <summary>
    /// Lets the bytes go once they are written: a build makes tens of thousands of files, and holding every one until the
    /// last is written would make memory grow with the site. Asked for again, they are made again.
    /// </summary>
    public void Release() => Volatile.Write(ref _made, null);

    /// <summary>
    /// What the bytes are made from, when the source can name it (a case's treatments, an OParl object): the file is then
    /// known to be unchanged without making it. Without it, the bytes are made and compared.
    /// </summary>
    public object? Inputs { get; init; }

    public override string Fingerprint() =>
        Inputs is not null ? Pipeline.Fingerprint.Of(Path, Inputs) : Pipeline.Fingerprint.Of(Path, Pipeline.Fingerprint.OfBytes(Content));
}

/// <summary>A file copied as it is from the input (an attachment).</summary>
public sealed record CopiedFile(string Path, string SourcePath) : OutputItem(Path)
{
    public override string Fingerprint() => Pipeline.Fingerprint.Of(Path, Pipeline.Fingerprint.OfFile(SourcePath));
}
