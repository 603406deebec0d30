using System.Runtime.InteropServices;

namespace Referater.Site.Content;

/// <summary>
/// What the file system says of an entry without following a symbolic link: its kind, size and time of writing, from
/// one lstat(2). A build asks it of every input file and of every file it keeps from the previous output (52,000 at
/// 1,100 meetings); <see cref="FileInfo"/> takes a second call (the owner's id, for its read-only flag) and an object each.
/// </summary>
public readonly record struct FileStatus(EntryKind Kind, long Length, DateTime WrittenUtc)
{
    public static readonly FileStatus Missing = new(EntryKind.Missing, 0, default);

    private const int TypeMask = 0xF000;
    private const int Directory = 0x4000;
    private const int Regular = 0x8000;
    private const int Link = 0xA000;

    public static FileStatus Of(string path)
    {
        if (path.Contains('\0'))
        {
            return Missing;
        }
        return !OperatingSystem.IsWindows() && LStatReadsAsFileInfo.Value && TryLStat(path) is { } status ? status : FromFileInfo(path);
    }

    /// <summary>
    /// Whether the runtime's stat still has the layout read here (it is the runtime's own, not a public interface): it
    /// must tell of this program's own file what <see cref="FileInfo"/> tells. If a runtime changes it, every file is
    /// asked through <see cref="FileInfo"/> instead.
    /// </summary>
    private static readonly Lazy<bool> LStatReadsAsFileInfo = new(() =>
    {
        var own = typeof(FileStatus).Assembly.Location;
        if (string.IsNullOrEmpty(own) || TryLStat(own) is not { } status)
        {
            return false;
        }
        var info = new FileInfo(own);
        return status.Kind == EntryKind.File && status.Length == info.Length && status.WrittenUtc == info.LastWriteTimeUtc;
    });

    /// <summary>From the runtime's own stat, whose layout is the runtime's and the same on every Unix; null when it cannot be asked, or says nothing.</summary>
    private static FileStatus? TryLStat(string path)
    {
        Span<byte> status = stackalloc byte[256];
        try
        {
            if (LStat(path, ref MemoryMarshal.GetReference(status)) != 0)
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        // FileStatus (System.Native's pal_io.h): int Flags, int Mode, uint Uid, uint Gid, long Size, long ATime,
        // long ATimeNsec, long MTime, long MTimeNsec, …
        var mode = MemoryMarshal.Read<int>(status[4..]);
        var size = MemoryMarshal.Read<long>(status[16..]);
        var written = DateTime.UnixEpoch.AddTicks((MemoryMarshal.Read<long>(status[40..]) * TimeSpan.TicksPerSecond) + (MemoryMarshal.Read<long>(status[48..]) / TimeSpan.NanosecondsPerTick));
        var kind = (mode & TypeMask) switch
        {
            Regular => EntryKind.File,
            Directory => EntryKind.Directory,
            Link => EntryKind.SymbolicLink,
            // A named pipe, a device, a socket, or what no Unix names.
            _ => EntryKind.Special,
        };
        return new FileStatus(kind, size, written);
    }

    private static FileStatus FromFileInfo(string path)
    {
        FileSystemInfo info = System.IO.Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            return Missing;
        }
        var kind = info.LinkTarget is not null || info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? EntryKind.SymbolicLink
            : info is DirectoryInfo ? EntryKind.Directory
            : info.Attributes.HasFlag(FileAttributes.Device) ? EntryKind.Special
            : EntryKind.File;
        return new FileStatus(kind, info is FileInfo file && kind == EntryKind.File ? file.Length : 0, info.LastWriteTimeUtc);
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, ref byte status);
}
