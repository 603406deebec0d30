using System.Collections.Concurrent;
using System.Collections.Immutable;
using LibGit2Sharp;
using Referater.Site.Validation;

namespace Referater.Site.Content.History;

/// <summary>
/// Turns the recorded changes of each meeting folder into versions. A folder Git saw once is today's meeting and is
/// not read again. The versions of a folder that changed are written to a scratch folder and loaded by
/// <see cref="ContentLoader"/>, exactly as a build of that commit loaded them (with today's site.yml); a version
/// that does not load was never published, because the build of that commit failed.
/// </summary>
internal static class FolderVersionLoader
{
    private static readonly ImmutableSortedDictionary<string, string> NoFiles = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    public static ImmutableDictionary<string, FolderHistory> Load(
        IReadOnlyDictionary<string, List<(CommitInfo Commit, Tree? Tree)>> changes, string root, SiteConfig config)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "referater-historik", Guid.NewGuid().ToString("N"));
        try
        {
            // Reading Git happens on this thread (a repository is not shared between threads); loading is parallel.
            var written = new Dictionary<(string Folder, ObjectId Tree), Written>();
            foreach (var (folder, versions) in changes)
            {
                if (IsOnlyVersion(versions))
                {
                    continue;
                }
                foreach (var tree in versions.Select(v => v.Tree).OfType<Tree>())
                {
                    if (!written.ContainsKey((folder, tree.Id)))
                    {
                        written[(folder, tree.Id)] = Write(tree, Path.Combine(scratch, written.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), folder);
                    }
                }
            }
            // The texts are read and parsed while the scratch folder exists: a meeting's bodies are read when it is rendered.
            var loaded = new ConcurrentDictionary<(string Folder, ObjectId Tree), MeetingText?>();
            Parallel.ForEach(written, pair =>
            {
                var diagnostics = new DiagnosticBag();
                var meeting = new ContentLoader(pair.Value.Root, diagnostics).LoadMeeting(pair.Value.Folder, config);
                var text = meeting is null || diagnostics.HasErrors ? null : MeetingText.Load(meeting, linker: null, diagnostics);
                loaded[pair.Key] = diagnostics.HasErrors ? null : text;
            });
            return changes.ToImmutableDictionary(
                pair => Path.GetFullPath(Path.Combine(root, pair.Key)),
                pair => new FolderHistory(IsOnlyVersion(pair.Value)
                    ? [new FolderVersion(pair.Value[0].Commit, FolderState.Unread, null, NoFiles)]
                    : pair.Value.Select(v => Version(v.Commit, v.Tree, pair.Key, written, loaded)).ToImmutableArray()));
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    /// <summary>Added once and never changed since: the meeting as it is today.</summary>
    private static bool IsOnlyVersion(List<(CommitInfo Commit, Tree? Tree)> versions) => versions is [{ Tree: not null }];

    private static FolderVersion Version(
        CommitInfo commit, Tree? tree, string folder,
        Dictionary<(string Folder, ObjectId Tree), Written> written,
        ConcurrentDictionary<(string Folder, ObjectId Tree), MeetingText?> loaded)
    {
        if (tree is null)
        {
            return new FolderVersion(commit, FolderState.Absent, null, NoFiles);
        }
        var meeting = loaded[(folder, tree.Id)];
        return new FolderVersion(commit, meeting is null ? FolderState.Invalid : FolderState.Loaded, meeting, written[(folder, tree.Id)].Attachments);
    }

    private sealed record Written(string Root, string Folder, ImmutableSortedDictionary<string, string> Attachments);

    /// <summary>
    /// The folder's files as the loader needs them: punkter, index.md and attachments with their content (whether an
    /// attachment changed is told by its object id). The names come from a
    /// tree anyone could have pushed, so only plain file names are written: no path, no link, no subfolder.
    /// </summary>
    private static Written Write(Tree tree, string root, string folder)
    {
        var target = Path.Combine(root, folder);
        Directory.CreateDirectory(target);
        var attachments = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var entry in tree)
        {
            if (entry.TargetType != TreeEntryTargetType.Blob
                || entry.Mode is not (Mode.NonExecutableFile or Mode.ExecutableFile)
                || !IsPlainFileName(entry.Name))
            {
                continue;
            }
            var path = Path.Combine(target, entry.Name);
            // Attachments are written whole too: the loader reads them (their type, their text for the CPR guard).
            using (var content = ((Blob)entry.Target).GetContentStream())
            using (var file = File.Create(path))
            {
                content.CopyTo(file);
            }
            if (!entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                attachments[entry.Name] = entry.Target.Sha;
            }
        }
        return new Written(root, target, attachments.ToImmutable());
    }

    private static bool IsPlainFileName(string name) =>
        name is not ("." or "..") && name.Length > 0 && Path.GetFileName(name) == name && name.IndexOfAny(['\\', '\0']) < 0;
}
