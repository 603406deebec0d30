using System.Collections.Immutable;
using LibGit2Sharp;
using Referater.Site.Validation;

namespace Referater.Site.Content.History;

/// <summary>
/// Reads the content's history from Git, in-process with libgit2 (LibGit2Sharp): no program is started, so neither
/// the host's git version nor a repository's configuration (hooks, fsmonitor, diff drivers) can take part in a
/// build. It walks the first-parent line of the checked-out commit, oldest first: each commit on it is a state of
/// the site that was published, and a merged branch counts once, when it landed. Only the trees of the meeting
/// folders that changed are compared, by object id, so the cost grows with the number of changes, not with the size
/// of the archive times the number of commits; only folders with more than one version are read back and loaded.
/// </summary>
public static class GitHistoryReader
{
    public const string NotARepositoryCode = "RS0750";
    public const string ShallowCode = "RS0751";
    public const string UnreadableCode = "RS0752";
    public const string CommitMessageCode = "RS0753";
    public const string NoCommitsCode = "RS0754";

    public static ContentHistory Read(string inputDirectory, SiteConfig config, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(inputDirectory);
        var where = ContentLoader.DisplayPath(Path.Combine(root, SiteConfigLoader.FileName));
        string? gitDirectory;
        try
        {
            gitDirectory = Repository.Discover(root);
        }
        catch (LibGit2SharpException)
        {
            gitDirectory = null;
        }
        if (gitDirectory is null)
        {
            diagnostics.Info(where, 1, 1, NotARepositoryCode,
                "indholdet ligger ikke i et Git-depot, så siderne viser ingen rettelser, og OParl-datoerne (created, modified) er mødernes datoer. "
                + "Byg fra en Git-klon af indholdet for at få historikken med.");
            return ContentHistory.Without(HistoryStatus.NotARepository);
        }
        try
        {
            using var repository = new Repository(gitDirectory);
            if (repository.Info.IsShallow)
            {
                diagnostics.Warning(where, 1, 1, ShallowCode,
                    "Git-klonen er afkortet (shallow), så dens ældste commit ville stå som første offentliggørelse af alt i den. "
                    + "Bygningen bruger derfor ikke historikken: ingen rettelser vises, og datoerne er mødernes. "
                    + "Hent hele historikken med 'git fetch --unshallow' (i GitHub Actions: fetch-depth: 0).");
                return ContentHistory.Without(HistoryStatus.Shallow);
            }
            var relative = repository.Info.WorkingDirectory is { } workingDirectory
                ? Path.GetRelativePath(workingDirectory, root).Replace('\\', '/')
                : "..";
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                diagnostics.Info(where, 1, 1, NotARepositoryCode,
                    "indholdsmappen ligger uden for Git-depotets arbejdsmappe, så siderne viser ingen rettelser, og OParl-datoerne er mødernes datoer.");
                return ContentHistory.Without(HistoryStatus.NotARepository);
            }
            var history = Walk(repository, relative == "." ? "" : relative, root, config, where, diagnostics);
            if (history is null)
            {
                diagnostics.Info(where, 1, 1, NoCommitsCode,
                    "indholdet er ikke committet endnu, så siderne viser ingen rettelser, og OParl-datoerne er mødernes datoer.");
                return ContentHistory.Without(HistoryStatus.NoCommits);
            }
            return history;
        }
        catch (LibGit2SharpException exception)
        {
            diagnostics.Warning(where, 1, 1, UnreadableCode,
                $"Git-historikken kan ikke læses ({exception.Message}), så siderne viser ingen rettelser, og OParl-datoerne er mødernes datoer. "
                + "Tjek at depotet er helt, og at det ejes af den bruger, der bygger.");
            return ContentHistory.Without(HistoryStatus.Unreadable);
        }
    }

    /// <summary>Every change of every meeting folder and of site.yml along the first-parent line; null when the input has no commit.</summary>
    private static ContentHistory? Walk(Repository repository, string inputPath, string root, SiteConfig config, string where, DiagnosticBag diagnostics)
    {
        if (repository.Head.Tip is not { } tip)
        {
            return null;
        }
        var filter = new CommitFilter
        {
            IncludeReachableFrom = tip,
            FirstParentOnly = true,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse,
        };
        var changes = new Dictionary<string, List<(CommitInfo Commit, Tree? Tree)>>(StringComparer.Ordinal);
        var configCommits = ImmutableArray.CreateBuilder<CommitInfo>();
        Tree? previous = null;
        foreach (var commit in repository.Commits.QueryBy(filter))
        {
            var tree = InputTree(commit, inputPath);
            if (tree?.Id == previous?.Id)
            {
                continue;
            }
            var changed = new List<(string Folder, Tree? Tree)>();
            CompareFolders(previous, tree, "", changed);
            var configChanged = BlobId(previous, SiteConfigLoader.FileName) != BlobId(tree, SiteConfigLoader.FileName);
            previous = tree;
            if (changed.Count == 0 && !configChanged)
            {
                continue;
            }
            var info = Describe(commit, changed.Count == 0 ? where : ContentLoader.DisplayPath(Path.Combine(root, changed[0].Folder, ContentLoader.MeetingFile)), diagnostics);
            if (configChanged)
            {
                configCommits.Add(info);
            }
            foreach (var (folder, folderTree) in changed)
            {
                if (!changes.TryGetValue(folder, out var list))
                {
                    changes[folder] = list = [];
                }
                list.Add((info, folderTree));
            }
        }
        if (changes.Count == 0 && configCommits.Count == 0)
        {
            return null;
        }
        var folders = FolderVersionLoader.Load(changes, root, config);
        return new ContentHistory(HistoryStatus.Read, folders, configCommits.ToImmutable());
    }

    private static Tree? InputTree(Commit commit, string inputPath) =>
        inputPath.Length == 0 ? commit.Tree : commit[inputPath]?.Target as Tree;

    private static ObjectId? BlobId(Tree? tree, string name) =>
        tree?[name] is { TargetType: TreeEntryTargetType.Blob } entry ? entry.Target.Id : null;

    /// <summary>
    /// The meeting folders (folders holding index.md, as <see cref="ContentLoader"/> finds them) whose trees differ, with
    /// their new trees (null where the meeting is gone). Subtrees with the same id are equal and are not entered.
    /// </summary>
    private static void CompareFolders(Tree? before, Tree? after, string path, List<(string Folder, Tree? Tree)> changed)
    {
        var isMeetingAfter = BlobId(after, ContentLoader.MeetingFile) is not null;
        if (path.Length > 0 && (isMeetingAfter || BlobId(before, ContentLoader.MeetingFile) is not null))
        {
            changed.Add((path.TrimEnd('/'), isMeetingAfter ? after : null));
        }
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in new[] { before, after })
        {
            foreach (var entry in tree ?? Enumerable.Empty<TreeEntry>())
            {
                if (entry.TargetType == TreeEntryTargetType.Tree)
                {
                    names.Add(entry.Name);
                }
            }
        }
        foreach (var name in names)
        {
            var old = before?[name]?.Target as Tree;
            var @new = after?[name]?.Target as Tree;
            if (old?.Id != @new?.Id)
            {
                CompareFolders(old, @new, path + name + "/", changed);
            }
        }
    }

    /// <summary>
    /// When the commit landed and the first line of its message. A merge commit's first line names only the branch
    /// ("Merge pull request #12 from …"), so the line after it, the pull request's title, is taken instead. Messages are
    /// published, so they pass the CPR guard: one that holds a CPR number is withheld and reported.
    /// </summary>
    private static CommitInfo Describe(Commit commit, string where, DiagnosticBag diagnostics)
    {
        var lines = commit.Message.Replace("\r\n", "\n").Split('\n');
        var subject = lines[0].Trim();
        if (commit.Parents.Skip(1).Any() && subject.StartsWith("Merge ", StringComparison.Ordinal))
        {
            subject = lines.Skip(1).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? subject;
        }
        var hides = lines.Any(line => line.Trim().Normalize().Equals(HideTextTrailer, StringComparison.OrdinalIgnoreCase));
        string? published = subject;
        foreach (var (index, length) in CprNumbers.Find(subject))
        {
            diagnostics.Warning(where, 1, 1, CommitMessageCode,
                $"beskeden til commit {commit.Sha[..7]} indeholder et CPR-nummer ({CprNumbers.Masked(subject.Substring(index, length))}). "
                + "Beskeden offentliggøres derfor ikke i rettelserne. Skriv beskeder, der tåler at blive offentliggjort; "
                + "er commit'en ikke flettet endnu, så ret beskeden med 'git commit --amend' eller 'git rebase -i'.");
            published = null;
        }
        return new CommitInfo(commit.Sha, commit.Committer.When, published, hides);
    }

    /// <summary>A line of its own in a commit message that keeps the changed words out of the corrections (personal data removed by mistake).</summary>
    public const string HideTextTrailer = "Ændringer: skjult";
}
