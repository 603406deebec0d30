namespace Referater.Site.Tests.Support;

/// <summary>A folder of its own for one test, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "referater-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A folder with a copy of the seed content in <c>input/</c>, for a test that edits or builds it.</summary>
    public static TempDirectory WithSeedInput()
    {
        var temp = new TempDirectory();
        temp.CopyFrom(Repository.SeedInput, "input");
        return temp;
    }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string relativePath, string content)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    /// <summary>
    /// An earlier build's output in <c>output/</c> (a page and the marker a build leaves): a build replaces such a folder,
    /// and a test checks that a failed one does not.
    /// </summary>
    public string WritePreviousOutput(string page = PreviousPage)
    {
        Write("output/index.html", page);
        WriteBytes($"output/{Referater.Site.Publishing.OutputFolder.MarkerName}", Referater.Site.Publishing.OutputFolder.Marker);
        return Combine("output");
    }

    public const string PreviousPage = "previous site";

    /// <summary>What an earlier build's output holds, by name, as <see cref="WritePreviousOutput"/> wrote it.</summary>
    public static readonly string[] PreviousEntries = [Referater.Site.Publishing.OutputFolder.MarkerName, "index.html"];

    /// <summary>The names in a folder, sorted.</summary>
    public static string[] Names(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>Copies a folder (e.g. the seed content) into this one.</summary>
    public string CopyFrom(string source, string relativeTarget)
    {
        var target = Combine(relativeTarget);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed may still hold a file open; the OS cleans the temp folder later.
        }
    }
}
