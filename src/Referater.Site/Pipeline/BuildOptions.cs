namespace Referater.Site.Pipeline;

public sealed record BuildOptions(string InputDirectory, string OutputDirectory)
{
    public bool Verbose { get; init; }

    /// <summary>Whether the build indexes the site for search (Pagefind); <c>--no-search</c> turns it off.</summary>
    public bool Search { get; init; } = true;

    /// <summary>
    /// Where the build keeps what it made for the next build (<see cref="Publishing.BuildCache"/>), so that an edit remakes
    /// only what it touches; null builds everything every time. The command line's default is <c>.cache/referater</c>.
    /// </summary>
    public string? CacheDirectory { get; init; }
}
