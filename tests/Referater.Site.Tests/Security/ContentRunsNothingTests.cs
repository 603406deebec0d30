using System.Diagnostics;
using System.Text.Json;
using Referater.Site.Search;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Security;

/// <summary>
/// Content never chooses a program: Pagefind and npm come from the generator's own install. The programs the build runs
/// get a minimal environment (no deploy tokens), a time limit, and end with the build.
/// </summary>
public sealed class ContentRunsNothingTests
{
    [Fact]
    public void Packages_in_or_beside_the_content_are_never_installed_or_run()
    {
        using var temp = TempDirectory.WithSeedInput();
        var canary = temp.Combine("ran.txt");
        var write = $"require('fs').writeFileSync({JsonSerializer.Serialize(canary)}, 'ran')";
        // A package.json with an install script and a Pagefind of its own, in the content folder and in the working folder above it.
        foreach (var folder in new[] { "input", "." })
        {
            temp.Write($"{folder}/package.json", JsonSerializer.Serialize(new
            {
                @private = true,
                scripts = new { preinstall = $"node -e \"{write}\"", install = $"node -e \"{write}\"" },
                dependencies = new { pagefind = "1.6.0" },
            }));
            temp.Write($"{folder}/node_modules/pagefind/package.json", """{ "name": "pagefind", "bin": "run.cjs" }""");
            temp.Write($"{folder}/node_modules/pagefind/run.cjs", write + ";\n");
        }

        var (exitCode, _, error) = SiteCommand.Run(temp.Path, "build");

        Assert.True(exitCode == 0, error);
        Assert.False(File.Exists(canary), "a program from the content ran during the build");
        Assert.True(File.Exists(temp.Combine("output", "pagefind", "pagefind.js")), "the generator's own Pagefind indexed the site");
        Assert.DoesNotContain(OutputFiles.Readable(temp.Combine("output")), file => OutputFiles.Contains(file.Content, "writeFileSync"));
    }

    /// <summary>An install of the generator whose "Pagefind" is a script of the test's.</summary>
    private static TempDirectory FakeInstall(string script)
    {
        var temp = new TempDirectory();
        temp.Write("package.json", """{ "private": true, "dependencies": { "pagefind": "1.6.0" } }""");
        temp.Write("node_modules/pagefind/package.json", """{ "name": "pagefind", "bin": "run.cjs" }""");
        temp.Write("node_modules/pagefind/run.cjs", """
            const fs = require('fs');
            const site = process.argv[process.argv.indexOf('--site') + 1];
            fs.mkdirSync(site + '/pagefind', { recursive: true });
            """ + "\n" + script);
        Directory.CreateDirectory(temp.Combine("site"));
        return temp;
    }

    [Fact]
    public async Task The_index_program_gets_no_secrets_from_the_environment()
    {
        using var install = FakeInstall("fs.writeFileSync(site + '/pagefind/pagefind.js', ''); fs.writeFileSync(site + '/env.json', JSON.stringify(process.env));");
        Environment.SetEnvironmentVariable("REFERATER_TEST_DEPLOY_TOKEN", "Qx7DeployTokenCanary");
        try
        {
            var diagnostics = new DiagnosticBag();
            Assert.True(await new PagefindIndexer(install.Path).IndexAsync(install.Combine("site"), diagnostics), string.Join("\n", diagnostics.Sorted()));
        }
        finally
        {
            Environment.SetEnvironmentVariable("REFERATER_TEST_DEPLOY_TOKEN", null);
        }
        var environment = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(install.Combine("site", "env.json")))!;
        Assert.DoesNotContain("Qx7DeployTokenCanary", string.Join("\n", environment.Values));
        Assert.Contains("PATH", environment.Keys);
        Assert.All(environment.Keys, name => Assert.Matches("^(PATH|HOME|TMPDIR|TEMP|TMP|LANG|LC_ALL|LC_CTYPE|[Hh][Tt][Tt][Pp][Ss]?_[Pp][Rr][Oo][Xx][Yy]|[Nn][Oo]_[Pp][Rr][Oo][Xx][Yy])$", name));
    }

    private const string Hang = """
        const child = require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
        fs.writeFileSync(site + '/pids', process.pid + ' ' + child.pid);
        setInterval(() => {}, 1000);
        """;

    [Fact]
    public async Task An_index_program_that_hangs_is_stopped_at_its_time_limit_with_its_children()
    {
        using var install = FakeInstall(Hang);
        var diagnostics = new DiagnosticBag();
        var clock = Stopwatch.StartNew();

        var indexed = await new PagefindIndexer(install.Path) { IndexTimeLimit = TimeSpan.FromSeconds(3) }.IndexAsync(install.Combine("site"), diagnostics);

        Assert.False(indexed);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("RS0604", error.Code);
        Assert.Contains("--no-search", error.Message);
        AssertEnded(install.Combine("site", "pids"));
    }

    [Fact]
    public async Task A_cancelled_build_ends_the_index_program_and_its_children()
    {
        using var install = FakeInstall(Hang);
        using var cancel = new CancellationTokenSource();
        var pids = install.Combine("site", "pids");
        var indexing = new PagefindIndexer(install.Path).IndexAsync(install.Combine("site"), new DiagnosticBag(), cancel.Token);
        for (var waited = 0; !File.Exists(pids) && waited < 200; waited++)
        {
            await Task.Delay(50);
        }
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => indexing);
        AssertEnded(pids);
    }

    /// <summary>Every process named in the file has ended (on Linux, its /proc entry is gone or a zombie).</summary>
    private static void AssertEnded(string pidFile)
    {
        var pids = File.ReadAllText(pidFile).Split(' ').Select(int.Parse).ToList();
        Assert.Equal(2, pids.Count);
        foreach (var pid in pids)
        {
            var running = true;
            for (var tries = 0; tries < 50 && running; tries++)
            {
                running = IsRunning(pid);
                if (running)
                {
                    Thread.Sleep(100);
                }
            }
            Assert.False(running, $"process {pid} still runs");
        }
    }

    private static bool IsRunning(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return false;
        }
        try
        {
            return !File.ReadLines(status).Any(line => line.StartsWith("State:", StringComparison.Ordinal) && line.Contains('Z'));
        }
        catch (IOException)
        {
            return false;
        }
    }
}
