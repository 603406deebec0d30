namespace Referater.Site.Publishing;

/// <summary>
/// Writes a build into a fresh folder beside the output folder and swaps it in only when the whole build
/// succeeded: a failed build leaves the previously published site exactly as it was.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private bool _committed;

    public StagedOutput(string outputDirectory)
    {
        _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? ".";
        Directory.CreateDirectory(parent);
        StagingDirectory = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(StagingDirectory);
    }

    /// <summary>The folder this build writes into.</summary>
    public string StagingDirectory { get; }

    public void Commit()
    {
        var previous = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.previous-{Guid.NewGuid():N}");
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, previous);
        }
        Directory.Move(StagingDirectory, _target);
        _committed = true;
        if (Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingDirectory))
        {
            Directory.Delete(StagingDirectory, recursive: true);
        }
    }
}
