using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Referater.Site.Pipeline;

/// <summary>
/// A digest of everything a file is made from: equal fingerprints mean equal files, so a rebuild keeps a file whose
/// fingerprint did not change instead of making it again. It reads values the way the theme and the outputs do: the
/// data of the site's records (their constructor and init properties, not what is computed from them), strings,
/// numbers, dates and lists, in order. A record met twice in one run is read once.
/// </summary>
public static class Fingerprint
{
    /// <summary>Changes with every build of the generator: a new generator makes every file again.</summary>
    public static string GeneratorVersion { get; set; } = typeof(Fingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static readonly ConditionalWeakTable<object, byte[]> Digests = new();

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> DataProperties = new();

    public static string Of(params object?[] values)
    {
        var hash = Rent();
        Write(hash, GeneratorVersion);
        foreach (var value in values)
        {
            Write(hash, value);
        }
        Span<byte> digest = stackalloc byte[16];
        hash.GetCurrentHash(digest);
        Return(hash);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>
    /// Hashers to reuse, per thread: an incremental build fingerprints 150,000 values (each record it meets once more), and a
    /// hasher holds a buffer of its own; made anew each time, they were a tenth of what such a build allocates.
    /// </summary>
    [ThreadStatic]
    private static Stack<XxHash128>? _hashers;

    private static XxHash128 Rent() => (_hashers ??= new()).TryPop(out var hash) ? hash : new XxHash128();

    private static void Return(XxHash128 hash)
    {
        hash.Reset();
        _hashers!.Push(hash);
    }

    /// <summary>The digest of a file's bytes, for files whose content is at hand.</summary>
    public static string OfBytes(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(XxHash128.Hash(content));

    /// <summary>The digest of a file on disk (<see cref="Content.FileDigests"/>).</summary>
    public static string OfFile(string path) => Content.FileDigests.Of(path);

    private static void Write(XxHash128 hash, object? value)
    {
        switch (value)
        {
            case null:
                Tag(hash, 0);
                return;
            case string text:
                Tag(hash, 1);
                Length(hash, text.Length);
                hash.Append(MemoryMarshalBytes(text));
                return;
            case byte[] bytes:
                Tag(hash, 2);
                Length(hash, bytes.Length);
                hash.Append(bytes);
                return;
            case Type type:
                Text(hash, 3, type.FullName ?? type.Name);
                return;
            case Regex regex:
                Text(hash, 4, $"{regex}/{regex.Options}");
                return;
            case DateTime time:
                Text(hash, 5, time.ToString("O", CultureInfo.InvariantCulture));
                return;
            case DateTimeOffset time:
                Text(hash, 5, time.ToString("O", CultureInfo.InvariantCulture));
                return;
            case Enum or bool or char or DateOnly or TimeOnly or TimeSpan or Guid or Uri:
                Text(hash, 6, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                return;
            case IFormattable number when value.GetType().IsPrimitive || value is decimal:
                Text(hash, 7, number.ToString(null, CultureInfo.InvariantCulture));
                return;
            case ITuple tuple:
                Tag(hash, 13);
                for (var i = 0; i < tuple.Length; i++)
                {
                    Write(hash, tuple[i]);
                }
                return;
            case Delegate:
                // A function's result cannot be read without calling it: what a file is made from must be data.
                throw new InvalidOperationException($"A {value.GetType()} cannot be fingerprinted; give the output its inputs as data.");
            case IEnumerable items:
                Tag(hash, 8);
                var count = 0;
                foreach (var item in items)
                {
                    Write(hash, item);
                    count++;
                }
                Length(hash, count);
                return;
        }
        var valueType = value.GetType();
        if (valueType.IsGenericType && valueType.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            Tag(hash, 9);
            Write(hash, valueType.GetProperty("Key")!.GetValue(value));
            Write(hash, valueType.GetProperty("Value")!.GetValue(value));
            return;
        }
        if (valueType.Namespace?.StartsWith("Referater.Site", StringComparison.Ordinal) == true)
        {
            Tag(hash, 10);
            hash.Append(valueType.IsValueType ? DigestOf(value, valueType) : Digests.GetValue(value, v => DigestOf(v, valueType)));
            return;
        }
        // Anything else speaks for itself in its text (MarkupString, a framework value).
        Text(hash, 11, $"{valueType.FullName}:{value}");
    }

    /// <summary>A record's data: its constructor's and init properties, in declaration order; computed properties are left out.</summary>
    private static byte[] DigestOf(object value, Type type)
    {
        var hash = Rent();
        Text(hash, 12, type.FullName ?? type.Name);
        foreach (var property in DataProperties.GetOrAdd(type, PropertiesOf))
        {
            Write(hash, property.GetValue(value));
        }
        var digest = hash.GetCurrentHash();
        Return(hash);
        return digest;
    }

    private static PropertyInfo[] PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => (p.SetMethod is not null || p.IsDefined(typeof(FingerprintedAttribute))) && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.MetadataToken)
            .ToArray();

    private static void Text(XxHash128 hash, byte tag, string text)
    {
        Tag(hash, tag);
        Length(hash, text.Length);
        hash.Append(MemoryMarshalBytes(text));
    }

    private static ReadOnlySpan<byte> MemoryMarshalBytes(string text) => System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan());

    // Tens of thousands of files are fingerprinted per build, each from many values: nothing here allocates.
    private static void Tag(XxHash128 hash, byte tag)
    {
        Span<byte> bytes = [tag];
        hash.Append(bytes);
    }

    private static void Length(XxHash128 hash, int length)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(bytes, length);
        hash.Append(bytes);
    }
}

/// <summary>
/// A property without a setter that is read into a fingerprint: its value comes from outside the record's data (a
/// file's size and checksum, read when first asked for), or it is the data of a class that is no record.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FingerprintedAttribute : Attribute;
