using System.Text.Json;
using Referater.Site.Validation;

namespace Referater.Site.Search;

/// <summary>
/// Builds the search index: runs Pagefind (the npm package pinned in the generator's own package.json) over the
/// written site, before it replaces the published output. Installs the pinned packages with <c>npm ci</c> when
/// they are missing, so that the README's build command does all the set-up. Pagefind and npm come from the
/// generator's install only, never from the content: a package.json or node_modules in the input folder (or beside
/// it) is never read, so content cannot choose a program for the build to run.
/// </summary>
/// <param name="packageRoot">The folder of the package.json that pins Pagefind; by default the generator's own, found above its program files.</param>
public sealed class PagefindIndexer(string? packageRoot = null)
{
    /// <summary>Where in the site the index and Pagefind's browser code are published: <c>/pagefind/</c>.</summary>
    public const string BundleFolder = "pagefind";

    private const string PackageName = "pagefind";

    /// <summary>Two builds in one process must not install the packages at the same time.</summary>
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>How long Pagefind may take (about 30 s for 10,000 punkter on two cores); longer is a hang.</summary>
    public TimeSpan IndexTimeLimit { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Whether indexing gives way to other work (preview indexes after every edit, while the editor waits for the page).</summary>
    public bool InBackground { get; init; }

    /// <summary>How long installing the pinned packages may take.</summary>
    public TimeSpan InstallTimeLimit { get; init; } = TimeSpan.FromMinutes(10);

    /// <param name="bundleFolder">The folder in the site where the index goes (preview writes each index beside the last).</param>
    public async Task<bool> IndexAsync(string siteDirectory, DiagnosticBag diagnostics, CancellationToken cancellationToken = default, string bundleFolder = BundleFolder)
    {
        var root = packageRoot ?? FindPackageRoot();
        if (root is null)
        {
            diagnostics.Error("package.json", 1, 1, "RS0400",
                "søgeindekset kan ikke bygges: der er ingen package.json med pakken 'pagefind' ved siden af generatoren (i repositoriets mappe). "
                + "Byg fra en fuld kopi af repositoriet, eller byg uden søgning med --no-search.");
            return false;
        }
        var packageJson = Path.Combine(root, "package.json");
        if (!File.Exists(Path.Combine(root, "node_modules", PackageName, "package.json"))
            && !await InstallAsync(root, packageJson, diagnostics, cancellationToken))
        {
            return false;
        }
        var runner = Path.Combine(root, "node_modules", PackageName, BinOf(Path.Combine(root, "node_modules", PackageName, "package.json")));
        var run = await ChildProcess.RunAsync("node", root, IndexTimeLimit, [runner, "--site", siteDirectory, "--output-subdir", bundleFolder, "--quiet"], cancellationToken, InBackground);
        if (run is null)
        {
            diagnostics.Error(packageJson, 1, 1, "RS0401", NodeMissing);
            return false;
        }
        if (run.TimedOut)
        {
            diagnostics.Error(packageJson, 1, 1, "RS0604",
                $"Pagefind blev ikke færdig med søgeindekset inden for {IndexTimeLimit.TotalMinutes:0} minutter og er stoppet. "
                + "Det tidligere output er ikke ændret. Byg uden søgning med --no-search, og meld fejlen, hvis den bliver ved.");
            return false;
        }
        if (run.ExitCode != 0 || !File.Exists(Path.Combine(siteDirectory, bundleFolder, "pagefind.js")))
        {
            diagnostics.Error(packageJson, 1, 1, "RS0403",
                $"Pagefind kunne ikke bygge søgeindekset (afslutningskode {run.ExitCode}): {LastLines(run.Output)} "
                + "Det tidligere output er ikke ændret. Byg uden søgning med --no-search, hvis fejlen ikke kan rettes nu.");
            return false;
        }
        return true;
    }

    private const string NodeMissing =
        "søgeindekset kræver Node.js og npm, men de findes ikke på denne maskine. Installer Node.js (som indeholder npm), "
        + "fx 'apt-get install nodejs npm', eller byg uden søgning med --no-search.";

    /// <summary>The npm project that pins Pagefind: the nearest one above the generator's program files (the repository it was built from).</summary>
    private static string? FindPackageRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "package.json");
            if (File.Exists(candidate) && DependsOnPagefind(candidate))
            {
                return directory.FullName;
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

    private async Task<bool> InstallAsync(string root, string packageJson, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(Path.Combine(root, "node_modules", PackageName, "package.json")))
            {
                return true;
            }
            // Said before it starts: the first build waits for the download, and an editor should know what for. Only what
            // the build needs is installed; the test tools in devDependencies are the tests' own business.
            Console.Error.WriteLine($"Installerer søgemaskinen Pagefind med 'npm ci --omit=dev' i {root} (kun første gang; det kan tage et minut) …");
            var install = await ChildProcess.RunAsync("npm", root, InstallTimeLimit, ["ci", "--omit=dev", "--no-audit", "--no-fund"], cancellationToken);
            if (install is null)
            {
                diagnostics.Error(packageJson, 1, 1, "RS0401", NodeMissing);
                return false;
            }
            if (install.TimedOut || install.ExitCode != 0)
            {
                diagnostics.Error(packageJson, 1, 1, "RS0402",
                    (install.TimedOut
                        ? $"'npm ci' blev ikke færdig med at installere Pagefind inden for {InstallTimeLimit.TotalMinutes:0} minutter og er stoppet. "
                        : $"'npm ci' kunne ikke installere Pagefind (afslutningskode {install.ExitCode}): {LastLines(install.Output)} ")
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

    private static string LastLines(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "Pagefind skrev intet." : string.Join(" ", lines.TakeLast(5));
    }
}
