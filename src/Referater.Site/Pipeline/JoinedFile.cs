using System.Buffers;
using System.Collections.Immutable;

namespace Referater.Site.Pipeline;

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
}

/// <summary>One part of a <see cref="JoinedFile"/>: its key, and how it is made when the last build's file does not hold it.</summary>
public sealed record FilePart(string Key, Func<byte[]> Make);

/// <summary>Where a part stands in a joined file, recorded for the next build.</summary>
public readonly record struct FilePartRecord(string Key, int Offset, int Length);
