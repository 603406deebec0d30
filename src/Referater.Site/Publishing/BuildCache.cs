using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Referater.Site.Content;
using Referater.Site.Linking;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;
using Referater.Site.Validation;

namespace Referater.Site.Publishing;

/// <summary>A file the last build wrote: what it was made from, and how long it was (a quick check that it is still the same file).</summary>
public sealed record FileRecord
{
    private PageRecord? _page;
    private readonly ReadOnlyMemory<byte> _storedPage;

    /// <param name="page">For a page: the ids and links the link check needs, so that a kept page need not be read again.</param>
    public FileRecord(string fingerprint, long length, PageRecord? page)
    {
        Fingerprint = fingerprint;
        Length = length;
        _page = page;
    }

    /// <summary>
    /// A record read from the cache, its page's ids and links still as the cache holds them (<see cref="CacheRecords"/>):
    /// after an edit the link check asks for a few hundred of 6,600 pages', so the others are never read.
    /// </summary>
    internal FileRecord(string fingerprint, long length, ReadOnlyMemory<byte> storedPage)
        : this(fingerprint, length, page: null) => _storedPage = storedPage;

    public string Fingerprint { get; }

    public long Length { get; }

    /// <summary>Whether the file is a page (<see cref="Page"/> is not null), known without reading the page's record.</summary>
    public bool IsPage => _page is not null || !_storedPage.IsEmpty;

    /// <summary>For a page: its ids and links. Two threads that ask at once each read the same record, and either answer serves.</summary>
    public PageRecord? Page => _page ??= _storedPage.IsEmpty ? null : CacheRecords.ReadStoredPage(_storedPage);

    /// <summary>For a file joined from parts (<see cref="JoinedFile"/>): where each part stands in it, so that the next build can take the parts it still has.</summary>
    public ImmutableArray<FilePartRecord> PartTable { get; init; } = [];
}

/// <summary>A page's ids and links as the writer noted them, and the links editors wrote in its texts.</summary>
public sealed record PageRecord(string Component, ImmutableArray<string> Ids, ImmutableArray<PageLink> Links, ImmutableArray<LinkSource> Sources);

/// <summary>
/// What rendering a meeting left behind, kept for the next build: its public summary and what its pages depend on.
/// It holds what the public views hold and nothing more, so the cache never holds a closed punkt's private fields.
/// </summary>
/// <param name="SummaryFingerprint">
/// The summary's own fingerprint, made once when the meeting is rendered: the lists, feeds and data files are made from
/// the summaries alone, and a build that renders one meeting need not read the other 1,099 again to know that.
/// </param>
public sealed record MeetingRecord(
    string Fingerprint,
    string SummaryFingerprint,
    MeetingView Summary,
    ImmutableArray<ReferenceDependency> References,
    ImmutableArray<string> Paths,
    ImmutableArray<PageEntry> Pages,
    ImmutableArray<string> SearchPages,
    ImmutableArray<Diagnostic> Problems)
{
    /// <summary>What a rendering left behind, without the case timelines (they are joined to the summary again in every build).</summary>
    public static MeetingRecord Of(string fingerprint, RenderedMeeting rendered)
    {
        var summary = rendered.Summary with { Items = [.. rendered.Summary.Items.Select(item => item with { Case = null })] };
        return new(
            fingerprint,
            Pipeline.Fingerprint.Of(summary),
            summary,
            rendered.References,
            rendered.Paths,
            [.. rendered.Pages.Select(page => new PageEntry(page.Path, page.Component.FullName!))],
            rendered.SearchPages,
            [.. rendered.Problems]);
    }

    /// <summary>The meeting as rendering it would have left it, read back from the record.</summary>
    public RenderedMeeting ToRendered() =>
        new(Summary, References, [.. Pages.Select(page => page.ToPage())], Paths, Problems)
        {
            SearchPages = SearchPages,
        };
}

/// <summary>A page a meeting wrote, and the theme's component that rendered it (the sitemap lists it).</summary>
public sealed record PageEntry(string Path, string Component)
{
    public (string Path, Type Component) ToPage() => (Path, typeof(PageEntry).Assembly.GetType(Component, throwOnError: true)!);
}

/// <summary>A published file of the input (an attachment, the logo) as the last build found it: its size, its time of writing (ticks, UTC) and its digest.</summary>
public sealed record FileDigestRecord(long Length, long Written, string Digest);

/// <summary>Every file one kind of output made (all case pages, all feeds …), and what they were all made from.</summary>
public sealed record SourceRecord(string Fingerprint, ImmutableArray<string> Paths, ImmutableArray<PageEntry> Pages);

/// <summary>
/// Incremental builds. Every file of a build is recorded with the fingerprint of what it was made from; the next build
/// keeps (links into its new output) every file whose fingerprint did not change and makes only the others. A meeting
/// whose files did not change, and whose pages show nothing that changed elsewhere, is not parsed or rendered at all:
/// its metadata come from the loader's record (<see cref="ILoadedMeetings"/>), its summary from the rendering's.
/// The cache holds fingerprints, public summaries, open meetings' metadata and search pages only; the kept files come from the previous output
/// folder. A new generator, another output folder or a damaged cache makes everything again, so the result is always
/// the same as a clean build's.
/// </summary>
public sealed class BuildCache : ILoadedMeetings
{
    public const string DefaultDirectory = ".cache/referater";

    /// <summary>The header, then each kind of record (see <see cref="WriteManifest"/>).</summary>
    private const string ManifestName = "manifest.bin";

    /// <summary>What earlier generators called their manifests (JSON): no longer read, and removed when the cache is saved.</summary>
    private static readonly string[] FormerManifestNames = ["manifest.json", "manifest.jsonl"];

    /// <summary>The manifest's first bytes, which name its format: a file that does not begin with them is not read.</summary>
    private static ReadOnlySpan<byte> Format => "referater-cache 3\n"u8;

    /// <summary>Written while the search pages are being changed and removed when the build is saved: left behind, they cannot be trusted.</summary>
    private const string UnfinishedName = "ufaerdig";

    private readonly string _directory;
    private readonly Manifest _previous;
    private readonly ConcurrentDictionary<string, FileRecord> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MeetingRecord> _meetings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SourceRecord> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LoadedMeeting> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileDigestRecord> _digests = new(StringComparer.Ordinal);

    /// <summary>A file written since (or just before) the cache was opened may be written again with the same size and time: its digest is not recorded.</summary>
    private readonly DateTime _trustedBefore = FileDigests.TrustedBefore(DateTime.UtcNow);

    private BuildCache(string directory, Manifest previous, string? previousOutput)
    {
        _directory = directory;
        _previous = previous;
        PreviousOutput = previousOutput;
    }

    /// <summary>The search pages of the last build, kept so that only changed meetings' pages are written again.</summary>
    public string SearchDirectory => Path.Combine(_directory, "soegesider");

    /// <summary>The previous build's output, whose unchanged files are kept; null when there is none to keep from.</summary>
    public string? PreviousOutput { get; }

    /// <summary>Opens the cache for a build into <paramref name="outputDirectory"/>; what it holds is used only if it was written by this generator for that folder.</summary>
    public static BuildCache Open(string directory, string outputDirectory)
    {
        var root = Path.GetFullPath(directory);
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(root);
        var manifest = File.Exists(Path.Combine(root, UnfinishedName)) ? null : Read(Path.Combine(root, ManifestName), output);
        return new BuildCache(root, manifest ?? Manifest.Empty, manifest is null ? null : output);
    }

    /// <summary>Files of the previous output that this build did not make or keep: the site no longer has them.</summary>
    public IEnumerable<string> Removed => _previous.Files.Keys.Where(path => !_files.ContainsKey(path));

    /// <summary>Said before the previous output is changed in place: if the commit stops half-way, the next build trusts nothing.</summary>
    public void BeginCommit() => File.WriteAllText(Path.Combine(_directory, UnfinishedName), "");

    public FileRecord? PreviousFile(string path) => _previous.Files.GetValueOrDefault(path)?.Record;

    public MeetingRecord? PreviousMeeting(string folder) => _previous.Meetings.GetValueOrDefault(folder)?.Record;

    public SourceRecord? PreviousSource(string source) => _previous.Sources.GetValueOrDefault(source)?.Record;

    public LoadedMeeting? PreviouslyLoaded(string folder) => _previous.Loaded.GetValueOrDefault(folder)?.Record;

    /// <summary>The key this build's loader recorded for a meeting folder (a digest of every file in it and of site.yml); null when it recorded none.</summary>
    public string? LoadedKey(string folder) => _loaded.TryGetValue(folder, out var loaded) ? loaded.Key : null;

    public void Record(string folder, LoadedMeeting meeting) => _loaded[folder] = meeting;

    public void Record(string path, FileRecord record) => _files[path] = record;

    /// <summary>
    /// The digest of a published file of the input, recorded with its size and time of writing for the next build, which
    /// takes it without reading the file while both are the same. Only published files are recorded: the cache holds
    /// nothing of a closed punkt's attachments.
    /// </summary>
    public string DigestOf(string path)
    {
        var file = new FileInfo(path);
        var digest = Fingerprint.OfFile(path);
        if (file.Exists && file.LastWriteTimeUtc < _trustedBefore)
        {
            _digests[file.FullName] = new FileDigestRecord(file.Length, file.LastWriteTimeUtc.Ticks, digest);
        }
        return digest;
    }

    public void Record(string source, SourceRecord record) => _sources[source] = record;

    public void Record(string folder, MeetingRecord record) => _meetings[folder] = record;

    /// <summary>The fingerprints of the summaries this build recorded for <paramref name="folders"/>, in their order.</summary>
    public IEnumerable<string> SummaryFingerprints(IEnumerable<string> folders) => folders.Select(folder => _meetings[folder].SummaryFingerprint);

    /// <summary>
    /// The pages of this build whose links need no check: those kept from the last build, whose links its link check
    /// passed, when nothing they could point at is gone. Adding a file or an id breaks no link; so when no file of the
    /// last build is missing and no page made again has lost an id, only the pages made again are checked. Null when
    /// something is gone (everything is checked), and when the last build had a search index, whose files are not
    /// recorded here.
    /// </summary>
    public IReadOnlySet<string>? SettledPages(SiteWriter writer)
    {
        if (PreviousOutput is null || Directory.Exists(SearchDirectory) || Removed.Any())
        {
            return null;
        }
        var kept = writer.KeptPages.ToHashSet(StringComparer.Ordinal);
        foreach (var (path, links) in writer.Pages)
        {
            if (!kept.Contains(path) && PreviousFile(path)?.Page is { } before && !before.Ids.All(links.Ids.Contains))
            {
                return null;
            }
        }
        return kept;
    }

    /// <summary>The previous output's copy of a file, when it is there and as long as it was: the file to keep.</summary>
    public string? Kept(string path, FileRecord record)
    {
        if (PreviousOutput is null)
        {
            return null;
        }
        // One lstat per file, which also tells a link (never kept) from a file.
        var file = Path.Combine(PreviousOutput, path);
        return FileStatus.Of(file) is { Kind: EntryKind.File } status && status.Length == record.Length ? file : null;
    }

    /// <summary>
    /// The parts of the previous output's copy of a joined file, by key, when it is there and as long as it was; null
    /// when there is nothing to take from it.
    /// </summary>
    public IReadOnlyDictionary<string, ReadOnlyMemory<byte>>? PreviousParts(string path)
    {
        if (PreviousFile(path) is not { PartTable.IsEmpty: false } record || Kept(path, record) is not { } file)
        {
            return null;
        }
        var bytes = File.ReadAllBytes(file);
        if (bytes.LongLength != record.Length)
        {
            return null;
        }
        var parts = new Dictionary<string, ReadOnlyMemory<byte>>(record.PartTable.Length, StringComparer.Ordinal);
        foreach (var part in record.PartTable)
        {
            // Two parts with one key would make one of them the other's: a table that has them is not taken from.
            if (part.Offset < 0 || part.Length < 0 || part.Offset > bytes.Length - part.Length
                || !parts.TryAdd(part.Key, bytes.AsMemory(part.Offset, part.Length)))
            {
                return null;
            }
        }
        return parts;
    }

    /// <summary>Writes what this build made, for the next; called once the new output is in place.</summary>
    /// <param name="searchPages">The folder of this build's search pages, which becomes the cache's; null when the build made none.</param>
    public void Save(string outputDirectory, string? searchPages)
    {
        if (Directory.Exists(SearchDirectory))
        {
            Directory.Delete(SearchDirectory, recursive: true);
        }
        if (searchPages is not null && Directory.Exists(searchPages))
        {
            Directory.Move(searchPages, SearchDirectory);
        }
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var path = Path.Combine(_directory, ManifestName);
        var temporary = path + ".ny";
        using (var stream = File.Create(temporary))
        {
            WriteManifest(stream, Seal(output), output);
        }
        File.Move(temporary, path, overwrite: true);
        foreach (var former in FormerManifestNames)
        {
            File.Delete(Path.Combine(_directory, former));
        }
        File.Delete(Path.Combine(_directory, UnfinishedName));
    }

    /// <summary>
    /// The manifest: its format, then parts, each its length (4 bytes), its checksum (XxHash64, 8 bytes) and its records
    /// (<see cref="CacheRecords"/>): the header (which generator wrote it, for which output, and its seal), then the
    /// files', the meetings', the kinds of output's and the loaded meetings' records, and the published input files'
    /// digests, each in key order, each record a block after its key (<see cref="WriteRecords"/>). A build whose header
    /// does not match reads no further, and the parts are read in parallel: at 1,100 meetings there are 41,000 files'
    /// records with 175,000 links, read by every build (a page's ids and links only when asked for).
    /// </summary>
    private void WriteManifest(Stream stream, long seal, string output)
    {
        stream.Write(Format);
        var header = new CacheWriter();
        header.Write(Fingerprint.GeneratorVersion);
        header.Write(output);
        header.Write(seal);
        WritePart(stream, header);
        // Made on both cores (the files' part is half of it), then written in their order.
        var parts = new CacheWriter[5];
        Parallel.Invoke(
            () => parts[0] = WriteRecords(_files, _previous.Files, CacheRecords.Write),
            () => parts[1] = WriteRecords(_meetings, _previous.Meetings, CacheRecords.Write),
            () => parts[2] = WriteRecords(_sources, _previous.Sources, CacheRecords.Write),
            () => parts[3] = WriteRecords(_loaded, _previous.Loaded, CacheRecords.Write),
            () => parts[4] = WriteRecords(_digests, NoneStored<FileDigestRecord>(), CacheRecords.Write));
        foreach (var part in parts)
        {
            WritePart(stream, part);
        }
    }

    /// <summary>
    /// Each record as a block of its own after its key: one this build took from the last as it was (the same object) is
    /// copied as the last build wrote it. After an edit that is all but a hundred of 41,000 files' records, and written
    /// anew they were most of the time it took to save the cache.
    /// </summary>
    private static CacheWriter WriteRecords<T>(ConcurrentDictionary<string, T> records, IReadOnlyDictionary<string, Stored<T>> previous, Action<CacheWriter, T> write)
        where T : class
    {
        var keys = records.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var writer = new CacheWriter();
        writer.WriteCount(keys.Length);
        foreach (var key in keys)
        {
            writer.WriteKey(key);
            var record = records[key];
            if (previous.TryGetValue(key, out var stored) && ReferenceEquals(stored.Record, record))
            {
                writer.WriteBlock(stored.Block.Span);
            }
            else
            {
                writer.WriteBlock(record, write);
            }
        }
        return writer;
    }

    private static IReadOnlyDictionary<string, Stored<T>> NoneStored<T>()
        where T : class => new Dictionary<string, Stored<T>>();

    /// <summary>A record as the last build's manifest holds it: what it says, and the block it was read from (<see cref="CacheWriter.WriteBlock{T}"/>).</summary>
    /// <remarks>A class, not a struct: the runtime's dictionaries of classes are compiled ahead of time, of structs they are not.</remarks>
    private sealed record Stored<T>(T Record, ReadOnlyMemory<byte> Block)
        where T : class;

    /// <summary>A part with its length and checksum: damage that would still read as records (a flipped bit in a text or an offset) is found before anything of it is trusted.</summary>
    private static void WritePart(Stream stream, CacheWriter part)
    {
        Span<byte> frame = stackalloc byte[PartFrame];
        BinaryPrimitives.WriteInt32LittleEndian(frame, part.Written.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(frame[4..], XxHash64.HashToUInt64(part.Written.Span));
        stream.Write(frame);
        stream.Write(part.Written.Span);
    }

    /// <summary>A part's length (4 bytes) and checksum (8 bytes).</summary>
    private const int PartFrame = 12;

    /// <summary>
    /// Stamps the output's marker file with this build's time and returns the stamp. The next build uses the cache only if
    /// the stamp is still there: an output another build wrote since (one without the cache, a deploy preview's restored
    /// by a host) has files of the same length but other content, and keeping them would be wrong.
    /// </summary>
    private static long Seal(string output)
    {
        var marker = Path.Combine(output, OutputFolder.MarkerName);
        File.SetLastWriteTimeUtc(marker, DateTime.UtcNow);
        return SealOf(output);
    }

    private static long SealOf(string output)
    {
        var marker = new FileInfo(Path.Combine(output, OutputFolder.MarkerName));
        return marker.Exists && marker.LinkTarget is null ? marker.LastWriteTimeUtc.Ticks : -1;
    }

    /// <summary>The manifest the last build wrote for <paramref name="output"/>, or null when there is none, it is damaged, or another generator or output wrote it.</summary>
    private static Manifest? Read(string path, string output)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (!bytes.AsSpan().StartsWith(Format))
            {
                return null;
            }
            var parts = new List<ReadOnlyMemory<byte>>(6);
            for (var start = Format.Length; start < bytes.Length;)
            {
                var length = start + PartFrame <= bytes.Length ? BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(start)) : -1;
                if (length < 0 || length > bytes.Length - start - PartFrame)
                {
                    return null;
                }
                var part = bytes.AsMemory(start + PartFrame, length);
                if (XxHash64.HashToUInt64(part.Span) != BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(start + 4)))
                {
                    return null;
                }
                parts.Add(part);
                start += PartFrame + length;
            }
            if (parts.Count != 6)
            {
                return null;
            }
            var header = new CacheReader(parts[0]);
            if (header.ReadString() != Fingerprint.GeneratorVersion || header.ReadString() != output || header.ReadLong() != SealOf(output) || !header.AtEnd)
            {
                return null;
            }
            Dictionary<string, Stored<FileRecord>>? files = null;
            Dictionary<string, Stored<MeetingRecord>>? meetings = null;
            Dictionary<string, Stored<SourceRecord>>? sources = null;
            Dictionary<string, Stored<LoadedMeeting>>? loaded = null;
            Dictionary<string, Stored<FileDigestRecord>>? digests = null;
            Parallel.Invoke(
                () => files = ReadRecords(parts[1], CacheRecords.ReadFileRecord),
                () => meetings = ReadRecords(parts[2], CacheRecords.ReadMeetingRecord),
                () => sources = ReadRecords(parts[3], CacheRecords.ReadSourceRecord),
                () => loaded = ReadRecords(parts[4], CacheRecords.ReadLoadedMeeting),
                () => digests = ReadRecords(parts[5], CacheRecords.ReadDigest));
            foreach (var (file, (record, _)) in digests!)
            {
                FileDigests.Remember(file, record.Length, new DateTime(record.Written, DateTimeKind.Utc), record.Digest);
            }
            return new Manifest(files!, meetings!, sources!, loaded!);
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            // A damaged cache is no cache: the build makes everything, as a clean build does.
            return null;
        }
    }

    private static Dictionary<string, Stored<T>> ReadRecords<T>(ReadOnlyMemory<byte> part, Func<CacheReader, T> read)
        where T : class
    {
        var reader = new CacheReader(part);
        var count = reader.ReadCount();
        // Made for at most a few hundred thousand records at first: a count is only as good as the part it stands in.
        var records = new Dictionary<string, Stored<T>>(Math.Min(count, 1 << 18), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadKey();
            var block = reader.ReadBlock();
            var blockReader = new CacheReader(block);
            var record = read(blockReader);
            records[key] = blockReader.AtEnd ? new(record, block) : throw blockReader.Damaged("the end of a record");
        }
        return reader.AtEnd ? records : throw reader.Damaged("the end of a part");
    }

    private static bool IsDamage(Exception exception) => exception switch
    {
        InvalidDataException or OverflowException or IOException => true,
        AggregateException all => all.InnerExceptions.All(IsDamage),
        _ => false,
    };

    private sealed record Manifest(
        IReadOnlyDictionary<string, Stored<FileRecord>> Files,
        IReadOnlyDictionary<string, Stored<MeetingRecord>> Meetings,
        IReadOnlyDictionary<string, Stored<SourceRecord>> Sources,
        IReadOnlyDictionary<string, Stored<LoadedMeeting>> Loaded)
    {
        public static Manifest Empty { get; } = new(NoneStored<FileRecord>(), NoneStored<MeetingRecord>(), NoneStored<SourceRecord>(), NoneStored<LoadedMeeting>());
    }
}

/// <summary>Keeps a file of the previous output in the new one: a hard link (the same bytes, no copy) where the file system allows one, else a copy.</summary>
public static class FileLinks
{
    public static void KeepAs(string existing, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (!OperatingSystem.IsWindows() && Link(existing, target) == 0)
        {
            return;
        }
        File.Copy(existing, target, overwrite: true);
    }

    // .NET has no call for a hard link; link(2) is the C library's. On failure (another file system) the file is copied.
    [DllImport("libc", EntryPoint = "link", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern int Link(string existing, string target);
}
