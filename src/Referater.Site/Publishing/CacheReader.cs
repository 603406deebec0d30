using System.Collections.Immutable;
using System.Text;

namespace Referater.Site.Publishing;

/// <summary>
/// Reads one part of the manifest as <see cref="CacheWriter"/> wrote it. Anything that does not read as written (a cut
/// file, a count larger than what is left) is an <see cref="InvalidDataException"/>: the cache is damaged, and the build
/// makes everything.
/// </summary>
public sealed class CacheReader(ReadOnlyMemory<byte> bytes)
{
    private readonly List<string> _strings = [];
    private int _position;

    public bool AtEnd => _position == bytes.Length;

    public bool ReadBool() => ReadUnsigned() switch
    {
        0 => false,
        1 => true,
        _ => throw Damaged("a flag"),
    };

    public int ReadInt() => checked((int)ReadLong());

    public long ReadLong()
    {
        var value = ReadUnsigned();
        return (long)(value >> 1) ^ -(long)(value & 1);
    }

    /// <summary>A count of what follows, each of which takes at least a byte: a larger one is damage, not a reason to allocate.</summary>
    public int ReadCount()
    {
        var count = ReadUnsigned();
        return count <= (ulong)(bytes.Length - _position) ? (int)count : throw Damaged("a count");
    }

    public string? ReadOptionalString()
    {
        var tag = ReadUnsigned();
        switch (tag)
        {
            case 0:
                return null;
            case 1:
                var value = Encoding.UTF8.GetString(ReadBytes());
                _strings.Add(value);
                return value;
            default:
                var number = tag - 2;
                return number < (ulong)_strings.Count ? _strings[(int)number] : throw Damaged("a string");
        }
    }

    public string ReadString() => ReadOptionalString() ?? throw Damaged("a string that may not be missing");

    /// <summary>A block (<see cref="CacheWriter.WriteBlock{T}"/>), unread: read it with a reader of its own.</summary>
    public ReadOnlyMemory<byte> ReadBlock()
    {
        var length = ReadCount();
        var block = bytes.Slice(_position, length);
        _position += length;
        return block;
    }

    /// <summary>A text written with <see cref="CacheWriter.WriteKey"/>.</summary>
    public string ReadKey() => Encoding.UTF8.GetString(ReadBytes());

    public ReadOnlySpan<byte> ReadBytes()
    {
        var length = ReadCount();
        var span = bytes.Span.Slice(_position, length);
        _position += length;
        return span;
    }

    public ImmutableArray<T> ReadArray<T>(Func<CacheReader, T> read)
    {
        var count = ReadCount();
        if (count == 0)
        {
            return [];
        }
        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(this));
        }
        return items.MoveToImmutable();
    }

    public ImmutableArray<string> ReadStrings() => ReadArray(static reader => reader.ReadString());

    public T? ReadOptional<T>(Func<CacheReader, T> read)
        where T : class => ReadBool() ? read(this) : null;

    public T? ReadOptionalValue<T>(Func<CacheReader, T> read)
        where T : struct => ReadBool() ? read(this) : null;

    private ulong ReadUnsigned()
    {
        var span = bytes.Span;
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= span.Length)
            {
                throw Damaged("a number");
            }
            var next = span[_position++];
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }
        throw Damaged("a number");
    }

    /// <summary>What reading a value that does not read as written throws: the cache is damaged.</summary>
    public InvalidDataException Damaged(string what) => new($"The cache's manifest is damaged: {what} before byte {_position} does not read as written.");
}
