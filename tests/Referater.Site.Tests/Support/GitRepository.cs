using LibGit2Sharp;
using Git = LibGit2Sharp.Repository;

namespace Referater.Site.Tests.Support;

/// <summary>A Git repository made by a test: commits with fixed authors and times, so that what is built from it is the same every run.</summary>
public sealed class GitRepository : IDisposable
{
    private readonly Git _repository;

    private GitRepository(string directory) => _repository = new Git(Git.Init(directory));

    /// <summary>A new repository in <paramref name="directory"/> (the folder that holds, or will hold, the content).</summary>
    public static GitRepository Init(string directory) => new(directory);

    /// <summary>Commits every file of the working tree, as an editor would, at the given time.</summary>
    public string CommitAll(string message, DateTimeOffset when)
    {
        Commands.Stage(_repository, "*");
        var signature = new Signature("Redaktør", "redaktoer@testrup.dk", when);
        return _repository.Commit(message, signature, signature, new CommitOptions { AllowEmptyCommit = true }).Sha;
    }

    /// <summary>Marks the history as cut off at the current commit, as a shallow clone (<c>git clone --depth 1</c>) is.</summary>
    public void MakeShallow() =>
        File.WriteAllText(Path.Combine(_repository.Info.Path, "shallow"), _repository.Head.Tip.Sha + "\n");

    public void Dispose() => _repository.Dispose();
}
