using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Referater.Site.Pipeline;
using Referater.Site.Tests.Privacy;
using Referater.Site.Tests.Support;

namespace Referater.Site.Tests.Publishing;

/// <summary>
/// A build with a cache keeps what did not change and makes the rest; whatever changed, its output is the output a clean
/// build of the same input makes, byte for byte.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static List<(string Path, string Hash)> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => (Path.GetRelativePath(root, path).Replace('\\', '/'), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();

    private static void AssertSame(string expected, string actual, string what)
    {
        var want = Files(expected);
        var got = Files(actual);
        var missing = want.Select(f => f.Path).Except(got.Select(f => f.Path)).ToList();
        var extra = got.Select(f => f.Path).Except(want.Select(f => f.Path)).ToList();
        var differ = want.Join(got, f => f.Path, f => f.Path, (w, g) => (w.Path, Same: w.Hash == g.Hash)).Where(p => !p.Same).Select(p => p.Path).ToList();
        Assert.True(missing.Count + extra.Count + differ.Count == 0,
            $"{what}: missing {string.Join(", ", missing.Take(5))}; extra {string.Join(", ", extra.Take(5))}; differ {string.Join(", ", differ.Take(5))}");
    }

    [Fact]
    public async Task Random_edits_additions_and_deletions_give_what_a_clean_build_gives()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = GeneratedSite.In(temp, meetings: 30);
        // Older than the builds: the folders an edit did not touch are known by their files' sizes and times, unread.
        GeneratedSite.Age(input);
        var first = await GeneratedSite.BuildAsync(input, output, cache);
        Assert.Equal(0, first.Kept);

        var unchanged = await GeneratedSite.BuildAsync(input, output, cache);
        Assert.Equal(unchanged.Files, unchanged.Kept);
        AssertSame(await CleanAsync(temp, input, "uændret"), output, "no change");

        var random = new Random(2026);
        var attachment = "";
        var changes = new (string Name, Action Change)[]
        {
            ("an attachment added", () =>
            {
                var item = RandomItem(input, random);
                while (File.ReadAllText(item).Contains("bilag:", StringComparison.Ordinal) || File.ReadAllText(item).Contains("lukket: true", StringComparison.Ordinal))
                {
                    item = RandomItem(input, random);
                }
                attachment = Path.Combine(Path.GetDirectoryName(item)!, "rapport.pdf");
                File.WriteAllBytes(attachment, TestPdf.With("Første udgave"));
                Edit(item, text => text.Replace("---\nnummer:", "---\nbilag:\n  - titel: Rapport\n    fil: rapport.pdf\nnummer:"));
            }),
            ("the attachment replaced by another with the same name", () => File.WriteAllBytes(attachment, TestPdf.With("Anden udgave", "med en side mere"))),
            ("a decision edited", () => Edit(RandomItem(input, random), text => text.Replace("## Beslutning\n\n", "## Beslutning\n\nRettet. "))),
            ("a title changed", () => Edit(RandomItem(input, random), text => Regex.Replace(text, "(?m)^titel: (.*)$", "titel: \"Ny titel\""))),
            ("a meeting added that others refer to", () => AddMeeting(input, random)),
            ("a meeting deleted", () => Directory.Delete(RandomMeeting(input, random), recursive: true)),
            ("a reference to another meeting written", () => Edit(RandomItem(input, random), text => text + "\nSe også udvalgsmødet den 3. marts 2021 (punkt 1).\n")),
            ("site.yml changed", () => File.WriteAllText(Path.Combine(input, "site.yml"), File.ReadAllText(Path.Combine(input, "site.yml")).Replace("kommune: ", "kommune: Ny "))),
            ("a punkt closed", () => Edit(RandomItem(input, random), text => text.Replace("---\nnummer:", "---\nlukket: true\nnummer:"))),
            ("a punkt removed", () => File.Delete(RandomItem(input, random))),
        };
        foreach (var (name, change) in changes)
        {
            change();
            var incremental = await GeneratedSite.BuildAsync(input, output, cache);
            AssertSame(await CleanAsync(temp, input, name), output, name);
            if (name != "site.yml changed")
            {
                Assert.True(incremental.Kept > incremental.Files / 2, $"{name}: only {incremental.Kept} of {incremental.Files} files kept");
            }
        }
    }

    /// <summary>
    /// The history changes while no text does (the content is committed to Git after a build): the footers' freshness,
    /// the corrections and OParl's dates come from it, so the files that show it are made again.
    /// </summary>
    [Fact]
    public async Task A_history_that_changed_while_the_texts_did_not_gives_what_a_clean_build_gives()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = GeneratedSite.In(temp, meetings: 10);
        await GeneratedSite.BuildAsync(input, output, cache);

        using (var repository = GitRepository.Init(input))
        {
            repository.CommitAll("Referaterne", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1)));
        }
        await GeneratedSite.BuildAsync(input, output, cache);
        AssertSame(await CleanAsync(temp, input, "i Git"), output, "committed to Git");
    }

    [Fact]
    public async Task With_search_an_edit_gives_the_clean_builds_index_and_search_pages()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = GeneratedSite.In(temp, meetings: 6);
        await GeneratedSite.BuildAsync(input, output, cache, search: true);
        Edit(RandomItem(input, new Random(5)), text => text.Replace("## Beslutning\n\n", "## Beslutning\n\nHjemløshedsindsatsen udvides. "));
        var incremental = await GeneratedSite.BuildAsync(input, output, cache, search: true);
        Assert.True(incremental.Kept > 0);
        var clean = temp.Combine("clean");
        await GeneratedSite.BuildAsync(input, clean, cache: null, search: true);
        AssertSame(clean, output, "search");
        // And without search again, the index is gone, as a clean build without search has none.
        await GeneratedSite.BuildAsync(input, output, cache, search: false);
        Assert.False(Directory.Exists(Path.Combine(output, "pagefind")));
    }

    /// <summary>
    /// A decision edited: of the files made from one meeting or one case, only the edited meeting's and those of the cases it
    /// treated are made again (a file kept stays in the output untouched, so its time of writing tells it from a made one).
    /// </summary>
    [Fact]
    public async Task An_edit_makes_again_only_the_meeting_and_the_cases_it_treated()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = GeneratedSite.In(temp, meetings: 12);
        await GeneratedSite.BuildAsync(input, output, cache);
        var before = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        // All but the build's mark, whose time tells the cache that no other build has written the output since.
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != Site.Publishing.OutputFolder.MarkerName))
        {
            File.SetLastWriteTimeUtc(file, before);
        }

        var edited = Directory.GetFiles(input, "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "index.md")
            .Order(StringComparer.Ordinal)
            .First(f => File.ReadAllText(f) is var text && text.Contains("sagsnummer:", StringComparison.Ordinal) && !text.Contains("lukket: true", StringComparison.Ordinal));
        Edit(edited, text => text.Replace("## Beslutning\n\n", "## Beslutning\n\nRettet. "));
        var incremental = await GeneratedSite.BuildAsync(input, output, cache);

        var made = Files(output).Select(f => f.Path).Where(path => File.GetLastWriteTimeUtc(Path.Combine(output, path)) > before).ToHashSet(StringComparer.Ordinal);
        var treated = Directory.GetFiles(Path.GetDirectoryName(edited)!, "*.md")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "(?m)^sagsnummer: (.+)$").Select(m => new Site.Content.CaseNumber(m.Groups[1].Value.Trim().Trim('"')).Slug))
            .Where(slug => File.Exists(Path.Combine(output, "sager", slug, "index.html")))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(treated);
        Assert.Equal(treated.Order(StringComparer.Ordinal), Slugs(made, "sager/", "/index.html"));
        Assert.Equal(treated.Order(StringComparer.Ordinal), Slugs(made, "sager/", "/feed.xml"));
        Assert.Equal(treated.Order(StringComparer.Ordinal), Slugs(made, "oparl/v1/paper/", ".json"));
        Assert.Equal(treated.Where(Site.Content.CaseNumber.IsKle).Select(slug => slug[..2]).Distinct().Order(StringComparer.Ordinal), Slugs(made, "sager/emne/", "/feed.xml"));
        Assert.Single(made, path => path.StartsWith("oparl/v1/meeting/", StringComparison.Ordinal));
        Assert.True(incremental.Kept > incremental.Files * 3 / 4, $"only {incremental.Kept} of {incremental.Files} files kept");
    }

    private static List<string> Slugs(IEnumerable<string> paths, string prefix, string suffix) =>
        [.. paths.Where(p => p.Length > prefix.Length + suffix.Length && p.StartsWith(prefix, StringComparison.Ordinal) && p.EndsWith(suffix, StringComparison.Ordinal))
            .Select(p => p[prefix.Length..^suffix.Length])
            .Where(slug => !slug.Contains('/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// A published attachment is read by the build that records it, and by no later build while its size and time of
    /// writing stay the same (each build a process of its own, as an editor runs them): the cache carries its digest.
    /// </summary>
    [Fact]
    public void An_attachment_that_kept_its_size_and_time_is_not_read_again()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = GeneratedSite.In(temp, meetings: 3);
        var item = Directory.GetFiles(input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .First(f => Path.GetFileName(f) != "index.md" && !File.ReadAllText(f).Contains("lukket: true", StringComparison.Ordinal));
        Edit(item, text => text.Replace("---\nnummer:", "---\nbilag:\n  - titel: Rapport\n    fil: rapport.pdf\nnummer:"));
        var attachment = Path.Combine(Path.GetDirectoryName(item)!, "rapport.pdf");
        byte[] first = TestPdf.With("Udgave A"), second = TestPdf.With("Udgave B");
        Assert.Equal(first.Length, second.Length);
        File.WriteAllBytes(attachment, first);
        GeneratedSite.Age(input);
        string[] build = ["build", "--input", input, "--output", output, "--cache", cache, "--no-search"];
        Assert.Equal(0, SiteCommand.Run(temp.Path, build).ExitCode);
        var published = Directory.GetFiles(output, "rapport.pdf", SearchOption.AllDirectories).Single();

        var written = File.GetLastWriteTimeUtc(attachment);
        File.WriteAllBytes(attachment, second);
        File.SetLastWriteTimeUtc(attachment, written);
        Assert.Equal(0, SiteCommand.Run(temp.Path, build).ExitCode);
        Assert.Equal(first, File.ReadAllBytes(published));

        // Written now, it is read, and published anew.
        File.SetLastWriteTimeUtc(attachment, DateTime.UtcNow);
        Assert.Equal(0, SiteCommand.Run(temp.Path, build).ExitCode);
        Assert.Equal(second, File.ReadAllBytes(published));
    }

    /// <summary>
    /// The whole-archive data files are joined from a part per meeting: after an edit, the other meetings' parts come from
    /// the last build's file. Shown by a mark made in the last file's first part (same length, so the file is kept
    /// from): it is still there after an edit of the newest meeting, whose own part is made again.
    /// </summary>
    [Fact]
    public async Task An_edit_takes_the_data_files_unchanged_parts_from_the_last_build()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = GeneratedSite.In(temp, meetings: 8);
        GeneratedSite.Age(input);
        await GeneratedSite.BuildAsync(input, output, cache);
        var data = Path.Combine(output, "data", "moeder.json");
        var text = File.ReadAllText(data);
        // The first meeting's id ("udvalg/2016-…") with its first letter in upper case: a mark no build writes.
        var at = text.IndexOf("\"id\": \"", StringComparison.Ordinal) + "\"id\": \"".Length;
        Assert.True(at > "\"id\": \"".Length && char.IsAsciiLetterLower(text[at]));
        var mark = "\"id\": \"" + char.ToUpperInvariant(text[at]) + text[(at + 1)..text.IndexOf('"', at)];
        File.WriteAllText(data, text[..at] + char.ToUpperInvariant(text[at]) + text[(at + 1)..]);

        var newest = Directory.GetFiles(input, "index.md", SearchOption.AllDirectories).Select(Path.GetDirectoryName).OfType<string>()
            .OrderBy(folder => Path.GetFileName(folder), StringComparer.Ordinal).Last();
        var item = Directory.GetFiles(newest, "*.md").Where(f => Path.GetFileName(f) != "index.md").Order(StringComparer.Ordinal).First();
        Edit(item, text => Regex.Replace(text, "(?m)^titel: (.*)$", "titel: \"Rettet titel i det nyeste møde\""));
        await GeneratedSite.BuildAsync(input, output, cache);

        var joined = File.ReadAllText(data);
        Assert.Contains(mark, joined);
        Assert.Contains("Rettet titel i det nyeste møde", joined);
        Assert.DoesNotContain(mark, File.ReadAllText(Path.Combine(await CleanAsync(temp, input, "dele"), "data", "moeder.json")));
    }

    [Fact]
    public async Task A_cache_written_by_another_generator_is_not_used()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = GeneratedSite.In(temp, meetings: 8);
        await GeneratedSite.BuildAsync(input, output, cache);
        // The manifest names its generator first, as UTF-8: another generator's name of the same length.
        var manifest = Path.Combine(cache, "manifest.bin");
        var bytes = File.ReadAllBytes(manifest);
        var name = System.Text.Encoding.UTF8.GetBytes(Fingerprint.GeneratorVersion);
        var at = bytes.AsSpan().IndexOf(name);
        Assert.True(at > 0, "the manifest names its generator");
        new string('0', name.Length).Select(c => (byte)c).ToArray().CopyTo(bytes, at);
        File.WriteAllBytes(manifest, bytes);

        var again = await GeneratedSite.BuildAsync(input, output, cache);
        Assert.Equal(0, again.Kept);
        AssertSame(await CleanAsync(temp, input, "ny-generator"), output, "another generator");
    }

    [Fact]
    public async Task A_damaged_cache_or_a_tampered_output_file_gives_a_clean_build()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = GeneratedSite.In(temp, meetings: 8);
        await GeneratedSite.BuildAsync(input, output, cache);
        File.WriteAllText(Path.Combine(output, "index.html"), "<html>ændret i hånden</html>");
        await GeneratedSite.BuildAsync(input, output, cache);
        AssertSame(await CleanAsync(temp, input, "rettet-output"), output, "a tampered output file");

        // Cut short (a disk that filled up), and overwritten in the middle: every part counts its bytes and records.
        var manifest = Path.Combine(cache, "manifest.bin");
        var whole = File.ReadAllBytes(manifest);
        File.WriteAllBytes(manifest, whole[..(whole.Length / 2)]);
        var cut = await GeneratedSite.BuildAsync(input, output, cache);
        Assert.Equal(0, cut.Kept);
        AssertSame(await CleanAsync(temp, input, "afkortet-cache"), output, "a manifest cut short");

        await GeneratedSite.BuildAsync(input, output, cache);
        whole = File.ReadAllBytes(manifest);
        Array.Fill(whole, (byte)0xFF, whole.Length / 3, 64);
        File.WriteAllBytes(manifest, whole);
        var damaged = await GeneratedSite.BuildAsync(input, output, cache);
        Assert.Equal(0, damaged.Kept);
        AssertSame(await CleanAsync(temp, input, "skadet-cache"), output, "a damaged cache");
    }

    [Fact]
    public async Task An_output_another_build_wrote_since_is_not_kept_from()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = GeneratedSite.In(temp, meetings: 8);
        await GeneratedSite.BuildAsync(input, output, cache);
        // A build without the cache writes an edit of the same length; the edit is undone, so the cache's fingerprints
        // match again, but the output holds the edited pages.
        var item = RandomItem(input, new Random(7));
        var original = File.ReadAllText(item);
        var sentence = Regex.Match(original, @"(?m)^[A-ZÆØÅ][a-zæøå]{3,}").Value;
        Assert.NotEmpty(sentence);
        File.WriteAllText(item, original.Replace(sentence, new string('X', sentence.Length)));
        await GeneratedSite.BuildAsync(input, output, cache: null);
        File.WriteAllText(item, original);

        var again = await GeneratedSite.BuildAsync(input, output, cache);
        Assert.Equal(0, again.Kept);
        AssertSame(await CleanAsync(temp, input, "efter-anden-bygning"), output, "an output written without the cache");
    }

    /// <summary>
    /// A build that changed nothing keeps every record as it read it, and saves each as the bytes it was read from: the
    /// manifest is the one the build before wrote, but for the header's seal (the time of this build).
    /// </summary>
    [Fact]
    public async Task A_build_that_changed_nothing_saves_the_manifest_it_read()
    {
        using var temp = new TempDirectory();
        var (input, output, cache) = GeneratedSite.In(temp, meetings: 12);
        GeneratedSite.Age(input);
        await GeneratedSite.BuildAsync(input, output, cache);
        await GeneratedSite.BuildAsync(input, output, cache);
        var manifest = Path.Combine(cache, "manifest.bin");
        var before = File.ReadAllBytes(manifest);

        var again = await GeneratedSite.BuildAsync(input, output, cache);

        Assert.Equal(again.Files, again.Kept);
        var after = File.ReadAllBytes(manifest);
        Assert.Equal(before.Length, after.Length);
        var differing = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        // The format's line, then the header's frame (length and checksum) and the header, which ends with the seal.
        var header = Array.IndexOf(before, (byte)'\n') + 1;
        var records = header + 12 + BitConverter.ToInt32(before, header);
        Assert.True(records > header + 12 && records < before.Length / 10, "the header is where the format puts it");
        Assert.All(differing, i => Assert.True(i < records, $"byte {i} of the records differs"));
        AssertSame(await CleanAsync(temp, input, "uaendret"), output, "nothing changed");
    }

    [Fact]
    public async Task The_cache_holds_nothing_private_of_a_closed_punkt()
    {
        using var site = ClosedItemTests.SiteWithClosedItem();
        // Older than the builds, so that the cache also records the files' sizes and times, and the attachments' digests.
        GeneratedSite.Age(site.Input);
        var cache = site.Folder.Combine("cache");
        await GeneratedSite.BuildAsync(site.Input, site.Output, cache, search: true);
        await GeneratedSite.BuildAsync(site.Input, site.Output, cache, search: true);
        var manifest = Path.Combine(cache, "manifest.bin");
        Assert.True(File.Exists(manifest));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(cache, "soegesider"), "*", SearchOption.AllDirectories));
        var leaks = from file in OutputFiles.Readable(cache)
                    from marker in ClosedItemTests.Markers
                    where OutputFiles.Contains(file.Content, marker) || OutputFiles.Contains(System.Text.Encoding.UTF8.GetBytes(file.Path), marker)
                    select $"{marker} in {file.Path}";
        Assert.Empty(leaks);
        // The scan can fail: the public punkt's text is in the cache, and its attachment's digest is recorded by the
        // attachment's path in the input (only the digests are).
        Assert.Contains(OutputFiles.Readable(cache), f => OutputFiles.Contains(f.Content, "Orientering om n"));
        var attachment = Directory.GetFiles(site.Input, "noegletal.pdf", SearchOption.AllDirectories).Single();
        Assert.True(OutputFiles.Contains(File.ReadAllBytes(manifest), Path.GetFullPath(attachment)));
    }

    private static async Task<string> CleanAsync(TempDirectory temp, string input, string name)
    {
        var clean = temp.Combine("clean", name.Replace(' ', '-').Replace('.', '-'));
        await GeneratedSite.BuildAsync(input, clean, cache: null);
        return clean;
    }

    private static string RandomMeeting(string input, Random random)
    {
        var meetings = Directory.GetFiles(input, "index.md", SearchOption.AllDirectories).Select(Path.GetDirectoryName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return meetings[random.Next(meetings.Count)];
    }

    private static string RandomItem(string input, Random random)
    {
        var items = Directory.GetFiles(input, "*.md", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "index.md").Order(StringComparer.Ordinal).ToList();
        return items[random.Next(items.Count)];
    }

    private static void Edit(string file, Func<string, string> change) => File.WriteAllText(file, change(File.ReadAllText(file)));

    /// <summary>A copy of a meeting on 3 March 2021, the day an edit may refer to: the references to it become links.</summary>
    private static void AddMeeting(string input, Random random)
    {
        var source = RandomMeeting(input, random);
        var target = Path.Combine(Path.GetDirectoryName(source)!, "2021-03-03");
        if (Directory.Exists(target))
        {
            return;
        }
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), Regex.Replace(text, "(?m)^dato: .*$", "dato: 2021-03-03"));
        }
    }
}
