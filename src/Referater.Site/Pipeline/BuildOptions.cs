namespace Referater.Site.Pipeline;

public sealed record BuildOptions(string InputDirectory, string OutputDirectory)
{
    public bool Verbose { get; init; }
}
