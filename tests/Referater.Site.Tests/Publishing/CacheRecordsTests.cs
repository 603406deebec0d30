using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using Referater.Site.Content;
using Referater.Site.Publishing;

namespace Referater.Site.Tests.Publishing;

/// <summary>
/// The cache's records come back as they were written: every field of every record, including one added to a record
/// later. The samples are made by reflection with a value of its own in every field, so a field the codec does not write
/// (or reads into another's place) comes back different.
/// </summary>
public sealed class CacheRecordsTests
{
    /// <summary>Fields the cache leaves out on purpose, and why.</summary>
    private static readonly HashSet<string> NotKept =
    [
        // Every build joins the cases to the summaries again (MeetingRecord.Of sets it to null).
        "AgendaItemView.Case",
    ];

    /// <summary>Fields given a value of the test's choosing, and why.</summary>
    private static readonly Dictionary<string, object> Fixed = new()
    {
        // The cache never holds a closed punkt: CacheRecords refuses to write one (see below).
        ["AgendaItem.IsClosed"] = false,
        // A page's component is read back only when it names a type of the generator.
        ["PageEntry.Component"] = typeof(PageEntry).FullName!,
    };

    public static TheoryData<string> Records => ["FileRecord", "MeetingRecord", "SourceRecord", "LoadedMeeting", "FileDigestRecord"];

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_with_every_field_set_reads_back_the_same(string name)
    {
        var (sample, write, read) = Codec(name);
        var writer = new CacheWriter();
        write(writer, sample);
        write(writer, sample);
        var reader = new CacheReader(writer.Written);

        var first = read(reader);
        var second = read(reader);

        Assert.True(reader.AtEnd);
        Assert.Equal(Json(sample), Json(first));
        // The second copy is written with the strings the first one named: it reads back the same too.
        Assert.Equal(Json(sample), Json(second));
    }

    [Fact]
    public void A_closed_punkt_is_refused()
    {
        var item = new AgendaItem(3, "Personalesag", null, [], null, "Jens Holm", [], IsClosed: true, null, [], "/input/udvalg/2026-01-01/3-personalesag.md");
        Assert.Throws<InvalidOperationException>(() => CacheRecords.Write(new CacheWriter(), item));
    }

    [Fact]
    public void Text_is_written_once_and_readable_in_the_file()
    {
        var writer = new CacheWriter();
        var committee = new Committee("byraadet", "Byrådet", null);
        CacheRecords.Write(writer, committee);
        CacheRecords.Write(writer, committee);

        var bytes = writer.Written.ToArray();
        Assert.Equal(1, Occurrences(bytes, "Byrådet"u8.ToArray()));
        var reader = new CacheReader(writer.Written);
        var first = CacheRecords.ReadCommittee(reader);
        Assert.Same(first.Name, CacheRecords.ReadCommittee(reader).Name);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_cut_short_or_changed_is_reported_as_damage_and_nothing_else(string name)
    {
        var (sample, write, read) = Codec(name);
        var writer = new CacheWriter();
        write(writer, sample);
        var whole = writer.Written.ToArray();
        var random = new Random(17);
        var damaged = Enumerable.Range(0, whole.Length).Select(length => whole[..length]).ToList();
        for (var round = 0; round < 1000; round++)
        {
            var bytes = (byte[])whole.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }
            damaged.Add(bytes);
        }
        foreach (var bytes in damaged)
        {
            try
            {
                read(new CacheReader(bytes));
            }
            catch (Exception exception) when (exception is InvalidDataException or OverflowException)
            {
            }
        }
    }

    private static (object Sample, Action<CacheWriter, object> Write, Func<CacheReader, object> Read) Codec(string name) => name switch
    {
        "FileRecord" => Of<FileRecord>(CacheRecords.Write, CacheRecords.ReadFileRecord),
        "MeetingRecord" => Of<MeetingRecord>(CacheRecords.Write, CacheRecords.ReadMeetingRecord),
        "SourceRecord" => Of<SourceRecord>(CacheRecords.Write, CacheRecords.ReadSourceRecord),
        "LoadedMeeting" => Of<LoadedMeeting>(CacheRecords.Write, CacheRecords.ReadLoadedMeeting),
        "FileDigestRecord" => Of<FileDigestRecord>(CacheRecords.Write, CacheRecords.ReadDigest),
        _ => throw new ArgumentException(name),
    };

    private static (object, Action<CacheWriter, object>, Func<CacheReader, object>) Of<T>(Action<CacheWriter, T> write, Func<CacheReader, T> read)
        where T : notnull =>
        (new Samples().Make(typeof(T)), (writer, value) => write(writer, (T)value), reader => read(reader));

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType());

    private static int Occurrences(byte[] bytes, byte[] text)
    {
        var count = 0;
        for (var at = bytes.AsSpan().IndexOf(text); at >= 0; at = bytes.AsSpan(at + 1).IndexOf(text) is var next && next >= 0 ? at + 1 + next : -1)
        {
            count++;
        }
        return count;
    }

    /// <summary>Makes a value of any type the records hold, every field with a value of its own.</summary>
    private sealed class Samples
    {
        private int _next;

        public object Make(Type type)
        {
            var n = ++_next;
            if (Nullable.GetUnderlyingType(type) is { } inner)
            {
                return Make(inner);
            }
            if (type == typeof(string))
            {
                return $"tekst {n} æøå";
            }
            if (type == typeof(int))
            {
                return n;
            }
            if (type == typeof(long))
            {
                return 10_000_000_000L + n;
            }
            if (type == typeof(bool))
            {
                return true;
            }
            if (type == typeof(DateOnly))
            {
                return new DateOnly(2020, 1, 1).AddDays(n);
            }
            if (type == typeof(TimeOnly))
            {
                return new TimeOnly(8, n % 60);
            }
            if (type == typeof(byte[]))
            {
                return new byte[] { (byte)n, 0, 255 };
            }
            if (type.IsEnum)
            {
                return Enum.GetValues(type).Cast<object>().Last();
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                var item = type.GetGenericArguments()[0];
                var array = Array.CreateInstance(item, 2);
                array.SetValue(Make(item), 0);
                array.SetValue(Make(item), 1);
                return typeof(ImmutableArray).GetMethods()
                    .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
                    .MakeGenericMethod(item).Invoke(null, [array])!;
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            {
                var (key, value) = (type.GetGenericArguments()[0], type.GetGenericArguments()[1]);
                // In the order the cache writes them (by key), so that the two read back in the order they were made.
                var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
                foreach (var (k, v) in new[] { (Make(key), Make(value)), (Make(key), Make(value)) }.OrderBy(entry => entry.Item1 as string, StringComparer.Ordinal))
                {
                    dictionary.Add(k, v);
                }
                return dictionary;
            }
            return MakeRecord(type);
        }

        /// <summary>A record from its constructor's parameters, then every property it may be given (init) that the constructor did not set.</summary>
        private object MakeRecord(Type type)
        {
            var constructor = type.GetConstructors().Where(c => !IsCopyConstructor(c, type)).OrderByDescending(c => c.GetParameters().Length).First();
            var parameters = constructor.GetParameters();
            var value = constructor.Invoke([.. parameters.Select(p => Fixed.TryGetValue($"{type.Name}.{p.Name}", out var chosen) ? chosen : Make(p.ParameterType))]);
            var named = parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is { IsPublic: true } && !named.Contains(property.Name) && !NotKept.Contains($"{type.Name}.{property.Name}"))
                {
                    property.SetValue(value, Make(property.PropertyType));
                }
            }
            return value;
        }

        private static bool IsCopyConstructor(ConstructorInfo constructor, Type type) =>
            constructor.GetParameters() is [var only] && only.ParameterType == type;
    }
}
