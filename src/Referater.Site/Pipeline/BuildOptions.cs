namespace Referater.Site.Pipeline;

public sealed record BuildOptions(string InputDirectory, string OutputDirectory)
{
    public bool Verbose { get; init; }

    /// <summary>Whether the build indexes the site for search (Pagefind); <c>--no-search</c> turns it off.</summary>
    public bool Search { get; init; } = true;
}
