using System.Buffers;
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

/// <summary>
/// A file of many parts, each known by a key that digests what it is made from (a meeting's part of
/// <c>/data/moeder.json</c>). After an edit, a build copies from the last build's file every part whose key it still
/// has and makes only the others; a clean build makes every part and joins them the same way, so the files are the same.
/// </summary>
/// <param name="Inputs">What the whole file is made from: while it is the same, the file is kept without being opened.</param>
/// <param name="MakeParts">The file's head, parts and tail; a part's bytes are made only when the last build's file does not hold it.</param>
public sealed record JoinedFile(string Path, object Inputs, Func<FileParts> MakeParts) : OutputItem(Path)
{
    public override string Fingerprint() => Pipeline.Fingerprint.Of(Path, Inputs);
}

/// <summary>A file's head, its parts (with a separator between two) and its tail.</summary>
public sealed record FileParts(byte[] Head, IReadOnlyList<FilePart> Parts, byte[] Separator, byte[] Tail)
{
    /// <summary>The whole file, with where each part stands in it. A part made is let go once it is copied in.</summary>
    /// <param name="previous">The parts of the last build's file, by key; null when there are none to take.</param>
    public (ReadOnlyMemory<byte> Content, ImmutableArray<FilePartRecord> Table) Join(IReadOnlyDictionary<string, ReadOnlyMemory<byte>>? previous)
    {
        var content = new ArrayBufferWriter<byte>(Math.Max(4096, previous?.Values.Sum(part => part.Length) ?? 0));
        var table = ImmutableArray.CreateBuilder<FilePartRecord>(Parts.Count);
        content.Write(Head);
        for (var i = 0; i < Parts.Count; i++)
        {
            if (i > 0)
            {
                content.Write(Separator);
            }
            var part = previous is not null && previous.TryGetValue(Parts[i].Key, out var kept) ? kept : Parts[i].Make();
            table.Add(new FilePartRecord(Parts[i].Key, content.WrittenCount, part.Length));
            content.Write(part.Span);
        }
        content.Write(Tail);
        return (content.WrittenMemory, table.MoveToImmutable());
    }

    /// <summary>
    /// A JSON document whose last property is an array, as its parts: <paramref name="empty"/> is the document serialized
    /// with the array empty, each item is serialized on its own, both indented by two spaces a level (as
    /// <see cref="Publishing.OpenData.Json"/> writes them).
    /// </summary>
    /// <remarks>
    /// Indented JSON puts each item of the array on lines of their own, one level deeper than the property: the item
    /// written alone, with that indentation before each of its lines, is the item as the whole document has it (a string
    /// in JSON holds no raw line break, so every line break is the writer's).
    /// </remarks>
    public static FileParts JsonArray(byte[] empty, IReadOnlyList<FilePart> items)
    {
        const int indentSize = 2;
        var at = empty.AsSpan().LastIndexOf("[]"u8);
        if (at < 0)
        {
            throw new ArgumentException("The document has no empty array to join the items into.", nameof(empty));
        }
        if (items.Count == 0)
        {
            return new FileParts(empty, [], [], []);
        }
        var lineStart = empty.AsSpan(0, at).LastIndexOf((byte)'\n') + 1;
        var indent = empty.AsSpan(lineStart, at - lineStart).IndexOfAnyExcept((byte)' ') is var spaces && spaces >= 0 ? spaces : at - lineStart;
        return new FileParts(
            [.. empty.AsSpan(0, at + 1), (byte)'\n'],
            [.. items.Select(item => item with { Make = () => Indented(item.Make(), indent + indentSize) })],
            ",\n"u8.ToArray(),
            [(byte)'\n', .. Enumerable.Repeat((byte)' ', indent), (byte)']', .. empty.AsSpan(at + 2)]);
    }

    /// <summary>The JSON with <paramref name="indent"/> spaces before each of its lines.</summary>
    private static byte[] Indented(byte[] json, int indent)
    {
        var lines = json.AsSpan().Count((byte)'\n') + 1;
        var indented = new byte[json.Length + (lines * indent)];
        var to = indented.AsSpan();
        var from = json.AsSpan();
        while (true)
        {
            to[..indent].Fill((byte)' ');
            to = to[indent..];
            var end = from.IndexOf((byte)'\n');
            var line = end < 0 ? from : from[..(end + 1)];
            line.CopyTo(to);
            to = to[line.Length..];
            if (end < 0)
            {
                return indented;
            }
            from = from[(end + 1)..];
        }
    }
}

/// <summary>One part of a <see cref="JoinedFile"/>: its key, and how it is made when the last build's file does not hold it.</summary>
public sealed record FilePart(string Key, Func<byte[]> Make);

/// <summary>Where a part stands in a joined file, recorded for the next build.</summary>
public readonly record struct FilePartRecord(string Key, int Offset, int Length);
