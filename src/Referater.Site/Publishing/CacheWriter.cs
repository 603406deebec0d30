using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace Referater.Site.Publishing;

/// <summary>
/// Writes one part of the cache's manifest: numbers as variable-length integers, text as UTF-8 written once and named
/// by its number after that. At 1,100 meetings the manifest holds 175,000 links and 9,858 punkter's grids, most of them
/// the same few strings; read back, each is one string in memory. Text stays readable in the file, so that a scan of the
/// cache for a word finds it.
/// </summary>
public sealed class CacheWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

    /// <summary>Where blocks are made before they are written here, reused from one block to the next.</summary>
    private CacheWriter? _block;

    public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;

    /// <summary>
    /// A value written as a block of its own: its length, then its bytes, whose text is named within the block only. Such a
    /// block reads the same wherever it stands, so the next build can copy it into its manifest without reading it, or
    /// read it only when asked for.
    /// </summary>
    public void WriteBlock<T>(T value, Action<CacheWriter, T> write)
    {
        var block = _block ??= new CacheWriter();
        block._buffer.ResetWrittenCount();
        block._strings.Clear();
        write(block, value);
        Write(block.Written.Span);
    }

    /// <summary>A block as an earlier <see cref="WriteBlock{T}"/> wrote it, copied as it is.</summary>
    public void WriteBlock(ReadOnlySpan<byte> block) => Write(block);

    /// <summary>A text met once only (a record's key): written as it is, without a number for later.</summary>
    public void WriteKey(string key)
    {
        var length = Encoding.UTF8.GetByteCount(key);
        WriteCount(length);
        _buffer.Advance(Encoding.UTF8.GetBytes(key, _buffer.GetSpan(length)));
    }

    public void Write(bool value) => WriteUnsigned(value ? 1UL : 0UL);

    public void Write(int value) => Write((long)value);

    /// <summary>Zigzag: a small negative number is as short as a small positive one.</summary>
    public void Write(long value) => WriteUnsigned((ulong)((value << 1) ^ (value >> 63)));

    public void WriteCount(int count) => WriteUnsigned((ulong)count);

    /// <summary>0 for null, 1 and the UTF-8 bytes for a string met the first time, 2 + its number for one met before.</summary>
    public void Write(string? value)
    {
        if (value is null)
        {
            WriteUnsigned(0);
            return;
        }
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_strings, value, out var met);
        if (met)
        {
            WriteUnsigned(2 + (ulong)number);
            return;
        }
        number = _strings.Count - 1;
        WriteUnsigned(1);
        var length = Encoding.UTF8.GetByteCount(value);
        WriteCount(length);
        _buffer.Advance(Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length)));
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        WriteCount(bytes.Length);
        bytes.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
    }

    public void Write<T>(ImmutableArray<T> items, Action<CacheWriter, T> write)
    {
        WriteCount(items.IsDefault ? 0 : items.Length);
        foreach (var item in items.IsDefault ? [] : items)
        {
            write(this, item);
        }
    }

    public void Write(ImmutableArray<string> items) => Write(items, static (writer, item) => writer.Write(item));

    /// <summary>A value that may be missing: a flag, then the value.</summary>
    public void WriteOptional<T>(T? value, Action<CacheWriter, T> write)
        where T : class
    {
        Write(value is not null);
        if (value is not null)
        {
            write(this, value);
        }
    }

    public void WriteOptional<T>(T? value, Action<CacheWriter, T> write)
        where T : struct
    {
        Write(value.HasValue);
        if (value is { } present)
        {
            write(this, present);
        }
    }

    private void WriteUnsigned(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[length++] = (byte)value;
        _buffer.Advance(length);
    }
}
