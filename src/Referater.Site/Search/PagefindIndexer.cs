using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Referater.Site.Validation;

namespace Referater.Site.Search;

/// <summary>
/// Builds the search index: runs Pagefind (the npm package pinned in the repository's package.json) over the
/// written site, before it replaces the published output. Installs the pinned packages with <c>npm ci</c> when
/// they are missing, so that the README's build command does all the set-up.
/// </summary>
public sealed class PagefindIndexer(string inputDirectory)
{
    /// <summary>Where in the site the index and Pagefind's browser code are published: <c>/pagefind/</c>.</summary>
    public const string BundleFolder = "pagefind";

    private const string PackageName = "pagefind";

    /// <summary>Two builds in one process must not install the packages at the same time.</summary>
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public async Task<bool> IndexAsync(string siteDirectory, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var root = FindPackageRoot();
        if (root is null)
        {
            diagnostics.Error("package.json", 1, 1, "RS0400",
                "søgeindekset kan ikke bygges: der er ingen package.json med pakken 'pagefind' i den aktuelle mappe, indholdsmappen eller en mappe over dem. "
                + "Kør bygningen fra repositoriets mappe, eller byg uden søgning med --no-search.");
            return false;
        }
        var packageJson = Path.Combine(root, "package.json");
        if (!File.Exists(Path.Combine(root, "node_modules", PackageName, "package.json"))
            && !await InstallAsync(root, packageJson, diagnostics, cancellationToken))
        {
            return false;
        }
        var runner = Path.Combine(root, "node_modules", PackageName, BinOf(Path.Combine(root, "node_modules", PackageName, "package.json")));
        var run = await RunAsync("node", root, cancellationToken, runner, "--site", siteDirectory, "--output-subdir", BundleFolder, "--quiet");
        if (run is null)
        {
            diagnostics.Error(packageJson, 1, 1, "RS0401", NodeMissing);
            return false;
        }
        if (run.Value.ExitCode != 0 || !File.Exists(Path.Combine(siteDirectory, BundleFolder, "pagefind.js")))
        {
            diagnostics.Error(packageJson, 1, 1, "RS0403",
                $"Pagefind kunne ikke bygge søgeindekset (afslutningskode {run.Value.ExitCode}): {LastLines(run.Value.Output)} "
                + "Det tidligere output er ikke ændret. Byg uden søgning med --no-search, hvis fejlen ikke kan rettes nu.");
            return false;
        }
        return true;
    }

    private const string NodeMissing =
        "søgeindekset kræver Node.js og npm, men de findes ikke på denne maskine. Installer Node.js (som indeholder npm), "
        + "fx 'apt-get install nodejs npm', eller byg uden søgning med --no-search.";

    /// <summary>The npm project that pins Pagefind: the nearest one above the input folder, else above the working directory or the generator.</summary>
    private string? FindPackageRoot()
    {
        foreach (var start in new[] { Path.GetFullPath(inputDirectory), Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "package.json");
                if (File.Exists(candidate) && DependsOnPagefind(candidate))
                {
                    return directory.FullName;
                }
            }
        }
        return null;
    }

    private static bool DependsOnPagefind(string packageJson)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(packageJson));
            return document.RootElement.TryGetProperty("dependencies", out var dependencies)
                && dependencies.ValueKind == JsonValueKind.Object
                && dependencies.TryGetProperty(PackageName, out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string BinOf(string packageJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(packageJson));
        var bin = document.RootElement.GetProperty("bin");
        return bin.ValueKind == JsonValueKind.String ? bin.GetString()! : bin.GetProperty(PackageName).GetString()!;
    }

    private static async Task<bool> InstallAsync(string root, string packageJson, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(Path.Combine(root, "node_modules", PackageName, "package.json")))
            {
                return true;
            }
            var install = await RunAsync("npm", root, cancellationToken, "ci", "--no-audit", "--no-fund");
            if (install is null)
            {
                diagnostics.Error(packageJson, 1, 1, "RS0401", NodeMissing);
                return false;
            }
            if (install.Value.ExitCode != 0)
            {
                diagnostics.Error(packageJson, 1, 1, "RS0402",
                    $"'npm ci' kunne ikke installere Pagefind (afslutningskode {install.Value.ExitCode}): {LastLines(install.Value.Output)} "
                    + "Kontrollér netforbindelsen til npm-registret og at package-lock.json passer til package.json, eller byg uden søgning med --no-search.");
                return false;
            }
            return true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Runs a program and collects what it printed; null when the program is not installed.</summary>
    private static async Task<(int ExitCode, string Output)?> RunAsync(string program, string workingDirectory, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return null;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            return (process.ExitCode, (await output + "\n" + await error).Trim());
        }
    }

    private static string LastLines(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "Pagefind skrev intet." : string.Join(" ", lines.TakeLast(5));
    }
}
