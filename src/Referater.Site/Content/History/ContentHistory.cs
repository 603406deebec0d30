using System.Collections.Immutable;

namespace Referater.Site.Content.History;

/// <summary>Whether the content's history could be read, and if not, why the build goes on without it.</summary>
public enum HistoryStatus
{
    /// <summary>Read from Git: dates and corrections come from the commits.</summary>
    Read,

    /// <summary>The input folder is not in a Git checkout (a copy, a zip): dates come from the meetings.</summary>
    NotARepository,

    /// <summary>The checkout has no commit of the input folder yet.</summary>
    NoCommits,

    /// <summary>A shallow clone: its oldest commit would pass for the first publication of everything in it.</summary>
    Shallow,

    /// <summary>Git could not be read (a damaged repository, or one owned by another user).</summary>
    Unreadable,
}

/// <summary>
/// One commit on the published line (the first-parent history of the checked-out branch): when it landed and what
/// its message says. <see cref="Subject"/> is null when the message may not be published (it holds a CPR number).
/// </summary>
/// <param name="HidesText">The message asks that the changed text be left out of the corrections (a trailer line <c>Ændringer: skjult</c>).</param>
public sealed record CommitInfo(string Id, DateTimeOffset Time, string? Subject, bool HidesText)
{
    public string ShortId => Id[..Math.Min(7, Id.Length)];
}

public enum FolderState
{
    /// <summary>The folder does not exist at this commit, or holds no meeting.</summary>
    Absent,

    /// <summary>The folder's only version: it is today's, and needs no reading.</summary>
    Unread,

    /// <summary>Read and loaded as the build loads a meeting.</summary>
    Loaded,

    /// <summary>It does not load (an error): a build of this commit failed, so this version was never published.</summary>
    Invalid,
}

/// <summary>A meeting folder as one commit left it.</summary>
/// <param name="Attachments">Every file beside the punkter, by name, with its Git object id: a replaced file is a change.</param>
/// <param name="Text">The meeting with its texts read and parsed, as a build of that commit read it; null unless <see cref="State"/> is loaded.</param>
public sealed record FolderVersion(CommitInfo Commit, FolderState State, MeetingText? Text, ImmutableSortedDictionary<string, string> Attachments);

/// <summary>Every version of one meeting folder, oldest first: one per commit that changed the folder.</summary>
public sealed record FolderHistory(ImmutableArray<FolderVersion> Versions);

/// <summary>
/// The content as Git recorded it: every version of every meeting folder on the published line, and when site.yml
/// changed. It holds content-model meetings, closed punkter and all: only <c>Rendering.Corrections.PublicHistory</c>
/// reads it, and what it hands on is made from public views.
/// </summary>
public sealed class ContentHistory
{
    private readonly ImmutableDictionary<string, FolderHistory> _folders;

    public ContentHistory(HistoryStatus status, ImmutableDictionary<string, FolderHistory> folders, ImmutableArray<CommitInfo> configCommits)
    {
        Status = status;
        _folders = folders;
        ConfigCommits = configCommits;
    }

    public static ContentHistory Without(HistoryStatus status) => new(status, ImmutableDictionary<string, FolderHistory>.Empty, []);

    public HistoryStatus Status { get; }

    /// <summary>The commits that changed site.yml, oldest first.</summary>
    public ImmutableArray<CommitInfo> ConfigCommits { get; }

    /// <summary>The history of a meeting folder by its full path; null when Git has never seen it (a meeting not yet committed).</summary>
    public FolderHistory? Of(string folder) => _folders.GetValueOrDefault(Path.GetFullPath(folder));
}
