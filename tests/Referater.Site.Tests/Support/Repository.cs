namespace Referater.Site.Tests.Support;

/// <summary>Finds files of the repository the tests run from (the seed content in input/, fixtures).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SeedInput => Path.Combine(Root, "input");

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Referater.Site.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("The tests must run inside the repository.");
    }
}
