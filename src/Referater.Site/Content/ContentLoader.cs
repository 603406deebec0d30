using System.Collections.Immutable;
using System.IO.Hashing;
using Referater.Site.Validation;

namespace Referater.Site.Content;

/// <summary>
/// Loads <c>site.yml</c> and every meeting bundle below the input folder. A folder with an <c>index.md</c>
/// is a meeting; the other <c>.md</c> files beside it are its punkter; any other file is an attachment.
/// Problems become diagnostics; loading goes on so that every problem of a run is reported together.
/// </summary>
/// <param name="loaded">Meetings an earlier build loaded: one whose folder did not change is taken from there.</param>
public sealed class ContentLoader(string inputDirectory, DiagnosticBag diagnostics, ILoadedMeetings? loaded = null)
{
    public const string MeetingFile = "index.md";

    private static readonly string[] MeetingKeys =
        ["udvalg", "dato", "tid", "sluttid", "sted", "type", "fraværende", "kommunikation"];

    private static readonly string[] ItemKeys =
    [
        "nummer", "titel", "sagsnummer", "kommunikation", "kommunikation_kolonner", "sagsbehandler",
        "øvrige_sagsbehandlere", "lukket", "beslutning_offentlig", "bilag",
    ];

    private readonly string _root = Path.GetFullPath(inputDirectory);

    /// <summary>The input folder, as a full path.</summary>
    public string Root => _root;

    public Site? Load(CancellationToken cancellationToken = default)
    {
        var started = DateTime.UtcNow;
        var config = LoadConfig();
        if (config is null)
        {
            return null;
        }
        var tree = InputTree.Scan(_root);
        ReportLinkedFolders(tree);
        var folders = MeetingFolders(tree);
        ReportStrayMarkdown(tree, folders);
        // Each meeting is judged on its own problems only: with one shared list, another file's error would drop a valid
        // meeting depending on timing. The lists are merged in the folders' order, so a run reports the same every time.
        var files = loaded is null ? null : FilesByMeeting(_root, tree, folders);
        // site.yml as it is now (it was read above; read again, it is checked again to be a plain file).
        var configBytes = loaded is null ? null : SourceText.ReadBytes(Path.Combine(_root, SiteConfigLoader.FileName), SiteConfigLoader.FileName, new DiagnosticBag());
        var configDigest = configBytes is null ? null : Convert.ToHexStringLower(XxHash128.Hash(configBytes));
        var trustedBefore = FileDigests.TrustedBefore(started);
        var meetings = new (Meeting? Meeting, IReadOnlyList<Diagnostic> Problems)[folders.Count];
        Parallel.For(0, folders.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            meetings[i] = LoadOrKeep(folders[i], config, files?[folders[i]], configDigest, trustedBefore));
        foreach (var (_, problems) in meetings)
        {
            diagnostics.AddRange(problems);
        }
        return Assemble(config, meetings.Select(l => l.Meeting).OfType<Meeting>(), diagnostics);
    }

    /// <summary>
    /// A meeting from an earlier build's record when nothing it was made from changed, else loaded from its files and
    /// recorded. Each file is read once either way, and none of an unchanged folder whose files' sizes and times are
    /// those the record was made from. Closed punkter are never recorded: they are read again from their files (see
    /// <see cref="WithClosedItems"/>).
    /// </summary>
    private (Meeting? Meeting, IReadOnlyList<Diagnostic> Problems) LoadOrKeep(
        string folder, SiteConfig config, List<string>? files, string? configDigest, DateTime trustedBefore)
    {
        var texts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var previous = loaded?.PreviouslyLoaded(folder);
        string? stamps = null, key = null;
        if (loaded is not null && configDigest is not null)
        {
            stamps = LoadedMeetingKey.Stamps(folder, DisplayPath(folder), configDigest, files!, trustedBefore);
            key = stamps is not null && previous?.Stamps == stamps ? previous.Key : LoadedMeetingKey.Of(folder, DisplayPath(folder), configDigest, files!, texts);
        }
        if (key is not null && previous?.Key == key && WithClosedItems(previous.Meeting, config, files!, texts) is { } kept)
        {
            // The same record when nothing of it changed: the cache then saves it as it read it, without writing it anew.
            loaded!.Record(folder, previous.Stamps == stamps ? previous : previous with { Stamps = stamps });
            return (kept with { Committee = config.FindCommittee(kept.Committee.Slug) ?? kept.Committee }, previous.Problems);
        }
        var problems = new DiagnosticBag();
        var meeting = new ContentLoader(_root, problems).LoadMeeting(folder, config, texts);
        var sorted = problems.Sorted();
        if (key is not null && meeting is not null && !problems.HasErrors)
        {
            loaded!.Record(folder, new LoadedMeeting(key, meeting with { Items = [.. meeting.Items.Where(item => !item.IsClosed)] }, [.. sorted]) { Stamps = stamps });
        }
        return (meeting, sorted);
    }

    /// <summary>
    /// A kept meeting with its closed punkter read again: every punkt file of the folder that no kept punkt came from, from
    /// the bytes the key was made from when it was read for it. Their problems were recorded with the meeting's, as the log
    /// showed them, so they are not reported twice. Null when one of them is not a closed punkt after all: the meeting is
    /// then loaded.
    /// </summary>
    private Meeting? WithClosedItems(Meeting kept, SiteConfig config, IReadOnlyList<string> files, Dictionary<string, byte[]> texts)
    {
        var open = kept.Items.Select(item => item.SourceFile).ToHashSet(StringComparer.Ordinal);
        var closed = new List<FrontMatter>();
        var ignored = new DiagnosticBag();
        foreach (var path in files.Order(StringComparer.Ordinal))
        {
            if (!path.EndsWith(".md", StringComparison.Ordinal) || Path.GetDirectoryName(path) != kept.SourceDirectory
                || Path.GetFileName(path) == MeetingFile || open.Contains(path))
            {
                continue;
            }
            if ((texts.GetValueOrDefault(path) ?? SourceText.ReadBytes(path, DisplayPath(path), ignored)) is not { } bytes)
            {
                return null;
            }
            texts[path] = bytes;
            if (SourceText.Decode(path, DisplayPath(path), bytes, ignored) is not { } source || FrontMatter.Parse(source, ignored) is not { } frontMatter)
            {
                return null;
            }
            closed.Add(frontMatter);
        }
        if (closed.Count == 0)
        {
            return kept;
        }
        var privateFiles = ClosedItemDiagnostics.PrivateFiles(closed);
        var items = kept.Items.ToBuilder();
        foreach (var frontMatter in closed)
        {
            if (new ContentLoader(_root, ignored).LoadItem(frontMatter, kept.SourceDirectory, config, kept.GridColumns, privateFiles) is not { IsClosed: true } item)
            {
                return null;
            }
            items.Add(item);
        }
        return kept with { Items = [.. items.OrderBy(item => item.Number)] };
    }

    /// <summary>The files below each meeting's folder, in the tree's order.</summary>
    private static Dictionary<string, List<string>> FilesByMeeting(string root, InputTree tree, IReadOnlyList<string> folders)
    {
        var byFolder = folders.ToDictionary(folder => folder, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var file in tree.Files)
        {
            // Up from the file's folder to the first meeting's folder, and no further than the input folder.
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
            {
                if (byFolder.TryGetValue(folder, out var list))
                {
                    list.Add(file);
                    break;
                }
            }
        }
        return byFolder;
    }

    /// <summary>Reads <c>site.yml</c>; null (with diagnostics) when the folder or the file is unusable.</summary>
    public SiteConfig? LoadConfig()
    {
        if (!Directory.Exists(_root))
        {
            diagnostics.Error(DisplayPath(_root), 1, 1, "RS0099", $"mappen '{DisplayPath(_root)}' findes ikke. Angiv indholdsmappen med --input MAPPE.");
            return null;
        }
        return SiteConfigLoader.Load(_root, DisplayPath, diagnostics);
    }

    /// <summary>Every folder below the input folder that holds a meeting (an <c>index.md</c>), in a stable order.</summary>
    public IReadOnlyList<string> MeetingFolders() => MeetingFolders(InputTree.Scan(_root));

    private IReadOnlyList<string> MeetingFolders(InputTree tree) =>
        tree.Files
            .Where(file => Path.GetFileName(file) == MeetingFile)
            .Select(Path.GetDirectoryName)
            .OfType<string>()
            .Where(folder => folder != _root)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The site from meetings loaded one by one: ordered by committee and date, two meetings on one day reported.</summary>
    public static Site Assemble(SiteConfig config, IEnumerable<Meeting> meetings, DiagnosticBag diagnostics)
    {
        var ordered = meetings
            .OrderBy(m => m.Committee.Slug, StringComparer.Ordinal)
            .ThenBy(m => m.Date)
            .ThenBy(m => m.SourceDirectory, StringComparer.Ordinal)
            .ToImmutableArray();
        ReportDuplicateMeetings(ordered, diagnostics);
        return new Site(config, ordered);
    }

    /// <summary>Loads one meeting bundle on its own (preview rebuilds one meeting after an edit).</summary>
    /// <param name="texts">The bytes of Markdown files read already, by full path; the others are read here.</param>
    public Meeting? LoadMeeting(string folder, SiteConfig config, IReadOnlyDictionary<string, byte[]>? texts = null)
    {
        var indexPath = Path.Combine(folder, MeetingFile);
        var source = Read(indexPath, texts);
        var frontMatter = source is null ? null : FrontMatter.Parse(source, diagnostics);
        if (frontMatter is null)
        {
            return null;
        }
        PersonalDataGuard.CheckFrontMatter(frontMatter, closed: false, diagnostics);
        var reader = new FrontMatterReader(frontMatter, diagnostics);
        reader.RejectUnknownKeys(MeetingKeys, "et møde (index.md)");
        var errors = diagnostics.Count(Severity.Error);

        var committeeSlug = reader.String("udvalg", required: true, config.Committees.FirstOrDefault()?.Slug ?? "beskaeftigelsesudvalget");
        var committee = committeeSlug is null ? null : config.FindCommittee(committeeSlug);
        if (committeeSlug is not null && committee is null)
        {
            var suggestion = Suggestions.Closest(committeeSlug, config.Committees.Select(c => c.Slug));
            reader.Error("udvalg", "RS0030",
                $"udvalget '{committeeSlug}' findes ikke i site.yml. "
                + (suggestion is not null
                    ? $"Mente du '{suggestion}'?"
                    : $"Brug et af: {string.Join(", ", config.Committees.Select(c => c.Slug))}, eller tilføj udvalget under 'udvalg:' i site.yml."));
        }
        var date = reader.Date("dato", required: true);
        BundleLocationRule.Check(folder, date, committee, reader);
        var time = reader.Time("tid");
        var endTime = reader.Time("sluttid");
        if (endTime is { } end)
        {
            if (time is null && !frontMatter.Has("tid"))
            {
                reader.Error("sluttid", "RS0700", $"'sluttid' kræver et 'tid', som mødet begynder. Tilføj fx tid: \"13:30\" over sluttid: \"{end:HH':'mm}\", eller slet sluttid.");
            }
            else if (time is { } start && end <= start)
            {
                reader.Error("sluttid", "RS0701", $"'sluttid' ({end:HH':'mm}) skal ligge efter 'tid' ({start:HH':'mm}). Ret klokkeslættet, fx sluttid: \"{start.AddHours(2):HH':'mm}\".");
            }
        }
        var place = reader.String("sted", required: false, "C3.40");
        var kind = MeetingKind.Referat;
        switch (reader.String("type", required: false, "referat"))
        {
            case null or "referat":
                break;
            case "dagsorden":
                kind = MeetingKind.Dagsorden;
                break;
            case var other:
                reader.Error("type", "RS0031", $"'type' skal være referat eller dagsorden, ikke '{other}'.");
                break;
        }
        var absentees = reader.StringList("fraværende", "[Navn Navnesen]");
        var columns = reader.StringList("kommunikation", "[DIR, BFU, SOS, BSK, BYR]");

        var intro = frontMatter.Body.Trim('\n');
        var items = LoadItems(folder, config, columns, texts);
        if (committee is null || date is null || diagnostics.Count(Severity.Error) > errors)
        {
            return null;
        }
        return new Meeting(committee, date.Value, time, place, kind, absentees, columns,
            intro.Length == 0 ? null : new TextAt(intro, frontMatter.BodyLine + LeadingNewlines(frontMatter.Body)), items, folder)
        {
            EndTime = endTime,
        };
    }

    private SourceText? Read(string path, IReadOnlyDictionary<string, byte[]>? texts) =>
        texts?.GetValueOrDefault(path) is { } bytes
            ? SourceText.Decode(path, DisplayPath(path), bytes, diagnostics)
            : SourceText.Read(path, DisplayPath(path), diagnostics);

    private static int LeadingNewlines(string text) => text.Length - text.TrimStart('\n').Length;

    private ImmutableArray<AgendaItem> LoadItems(
        string folder, SiteConfig config, ImmutableArray<string> meetingColumns, IReadOnlyDictionary<string, byte[]>? texts)
    {
        var items = new List<(AgendaItem Item, FrontMatter Source)>();
        var parsed = new List<FrontMatter>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) == MeetingFile)
            {
                continue;
            }
            var source = Read(path, texts);
            if ((source is null ? null : FrontMatter.Parse(source, diagnostics)) is { } frontMatter)
            {
                parsed.Add(frontMatter);
            }
        }
        // Names of closed punkter's files are never suggested for another punkt's misspelt file: the log would show them.
        var privateFiles = ClosedItemDiagnostics.PrivateFiles(parsed);
        foreach (var frontMatter in parsed)
        {
            // Each punkt reports into a bag of its own first: a closed punkt's messages must not quote its private values.
            var itemDiagnostics = new DiagnosticBag();
            var item = new ContentLoader(_root, itemDiagnostics).LoadItem(frontMatter, folder, config, meetingColumns, privateFiles);
            ClosedItemDiagnostics.Transfer(frontMatter, itemDiagnostics, diagnostics);
            if (item is not null)
            {
                items.Add((item, frontMatter));
            }
        }
        var free = items.Select(i => i.Item.Number).DefaultIfEmpty(0).Max() + 1;
        foreach (var duplicate in items.GroupBy(i => i.Item.Number).Where(g => g.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var (item, source) in duplicate.Skip(1))
            {
                diagnostics.Error(source.Source.DisplayPath, source.LineOf("nummer"), source.ColumnOf("nummer"), "RS0040",
                    $"punkt {item.Number} findes allerede i dette møde ({Path.GetFileName(first.Item.SourceFile)}). Giv punktet et andet nummer, fx nummer: {free++} (det næste ledige).");
            }
        }
        ReportFilesOfClosedItemsListedByOpenOnes(items);
        return items.Select(i => i.Item).OrderBy(i => i.Number).ToImmutableArray();
    }

    private AgendaItem? LoadItem(FrontMatter frontMatter, string folder, SiteConfig config, ImmutableArray<string> meetingColumns, IReadOnlySet<string> privateFiles)
    {
        var reader = new FrontMatterReader(frontMatter, diagnostics);
        reader.RejectUnknownKeys(ItemKeys, "et punkt");
        TemplateTextRule.Check(frontMatter.Source, diagnostics);
        var errors = diagnostics.Count(Severity.Error);

        var number = reader.Integer("nummer", required: true, "12");
        var title = reader.String("titel", required: true, "Orientering om nøgletal");
        var caseText = reader.String("sagsnummer", required: false, "15.00.00-A00-3-25");
        if (caseText is not null && !config.IsValidCaseNumber(caseText))
        {
            reader.Error("sagsnummer", "RS0041",
                $"'{caseText}' er ikke et gyldigt sagsnummer. Skriv et KLE-journalnummer som emne-facet-løbenummer-år, fx 15.00.00-A00-3-25"
                + (config.CaseNumberPattern is null ? "." : $", eller et nummer der passer til sagsnummer_mønster i site.yml ({config.CaseNumberPattern})."));
        }
        else if (caseText is not null && !CaseNumber.HasSafeSlug(caseText))
        {
            reader.Error("sagsnummer", "RS0640",
                $"sagsnummeret '{caseText}' kan ikke bruges som adresse (/sager/…/): det skal indeholde bogstaver eller tal, må ikke begynde med '.' og højst være 120 tegn. "
                + "Skriv sagsnummeret, som det står i sagssystemet, fx 20/4282, og ret sagsnummer_mønster i site.yml, så det ikke tillader andet.");
        }
        var ownColumns = reader.StringList("kommunikation_kolonner", "[DIR, BFU, SOS, BSK, BYR]");
        var columns = ownColumns.IsEmpty ? meetingColumns : ownColumns;
        ImmutableArray<string>? marked = frontMatter.Has("kommunikation") ? reader.StringList("kommunikation", "[BSK, BYR]") : null;
        if (marked is { } markedColumns)
        {
            foreach (var code in markedColumns.Where(code => !columns.Contains(code)))
            {
                reader.Error("kommunikation", "RS0042",
                    columns.IsEmpty
                        ? $"'{code}' er markeret, men mødet angiver ingen kolonner. Tilføj 'kommunikation: [{string.Join(", ", markedColumns)}]' i mødets index.md."
                        : $"'{code}' er ikke en af kolonnerne ({string.Join(", ", columns)}). Ret koden, eller angiv punktets egne kolonner med 'kommunikation_kolonner'.");
            }
        }
        var caseworker = reader.String("sagsbehandler", required: false, "Navn Navnesen");
        var others = reader.StringList("øvrige_sagsbehandlere", "[Navn Navnesen]");
        var closed = reader.Boolean("lukket");
        PersonalDataGuard.CheckFrontMatter(frontMatter, closed, diagnostics);
        var publicDecision = reader.String("beslutning_offentlig", required: false, "Indstillingen blev godkendt.") is { } decisionText
            ? new TextAt(decisionText, frontMatter.LineOf("beslutning_offentlig"))
            : null;
        if (publicDecision is not null && !closed)
        {
            reader.Error("beslutning_offentlig", "RS0043",
                "'beslutning_offentlig' bruges kun ved lukkede punkter. Skriv beslutningen under '## Beslutning', eller tilføj 'lukket: true'.");
        }
        var attachments = ImmutableArray.CreateBuilder<Attachment>();
        foreach (var (attachment, line, column) in reader.Attachments("bilag"))
        {
            if (attachment.File is { } file)
            {
                if (AttachmentRules.Check(folder, file, privateFiles) is { } problem)
                {
                    diagnostics.Error(frontMatter.Source.DisplayPath, line, column, problem.Code, problem.Message);
                    continue;
                }
                if (!closed)
                {
                    AttachmentText.Check(Path.Combine(folder, file), file, frontMatter.Source.DisplayPath, line, column, diagnostics);
                }
            }
            // A closed punkt's attachments are never shown, and their titles are private even in a build's log.
            if (!closed && AttachmentFacts.LooksLikeFileName(attachment.Title))
            {
                diagnostics.Info(frontMatter.Source.DisplayPath, line, column, "RS0705",
                    $"bilagets titel '{attachment.Title}' ligner et filnavn og vises som '{AttachmentFacts.Readable(attachment.Title)}'. "
                    + "Skriv titlen, som den står i referatet, med mellemrum og æ, ø og å, fx titel: Aftale om reform af beskæftigelsesindsatsen");
            }
            attachments.Add(attachment with { Line = line });
        }
        if (number is null || title is null || diagnostics.Count(Severity.Error) > errors)
        {
            return null;
        }
        return new AgendaItem(
            number.Value,
            title,
            caseText is null ? null : new CaseNumber(caseText),
            columns,
            marked,
            caseworker,
            others,
            closed,
            publicDecision,
            attachments.ToImmutable(),
            frontMatter.Source.Path);
    }

    /// <summary>A punkt in a folder without index.md would silently never be published: say so instead.</summary>
    private void ReportStrayMarkdown(InputTree tree, IReadOnlyList<string> meetingFolders)
    {
        var bundles = meetingFolders.ToHashSet(StringComparer.Ordinal);
        foreach (var path in tree.Files.Where(file => file.EndsWith(".md", StringComparison.Ordinal)))
        {
            var folder = Path.GetDirectoryName(path)!;
            if (folder != _root && !bundles.Contains(folder))
            {
                diagnostics.Error(DisplayPath(path), 1, 1, "RS0033",
                    $"filen ligger i en mappe uden {MeetingFile}, så den bliver aldrig udgivet. Læg punktet i mødets mappe (ved siden af {MeetingFile}), eller opret {MeetingFile} for mødet.");
            }
        }
    }

    /// <summary>A linked folder is not entered: what is below it would silently be missing, so say so.</summary>
    private void ReportLinkedFolders(InputTree tree)
    {
        foreach (var link in tree.LinkedFolders)
        {
            diagnostics.Error(DisplayPath(link), 1, 1, InputFiles.LinkCode,
                "mappen er et symbolsk link (eller et link, der ikke fører til en fil). Bygningen følger ikke links, for et link kan føre uden for indholdet "
                + "eller i ring. Læg møderne i en almindelig mappe under indholdsmappen.");
        }
    }

    /// <summary>A closed punkt's file is never published; listed by a public punkt too, it would be.</summary>
    private void ReportFilesOfClosedItemsListedByOpenOnes(List<(AgendaItem Item, FrontMatter Source)> items)
    {
        var closedFiles = items
            .Where(i => i.Item.IsClosed)
            .SelectMany(i => i.Item.Attachments.Where(a => a.File is not null).Select(a => (File: a.File!, i.Item.Number)))
            .ToLookup(f => f.File, f => f.Number, StringComparer.Ordinal);
        foreach (var (item, source) in items.Where(i => !i.Item.IsClosed))
        {
            foreach (var file in item.Attachments.Select(a => a.File).OfType<string>().Where(closedFiles.Contains))
            {
                diagnostics.Error(source.Source.DisplayPath, source.LineOf("bilag"), source.ColumnOf("bilag"), "RS0046",
                    $"bilaget '{file}' hører også til det lukkede punkt {closedFiles[file].First()}, og et lukket punkts bilag må ikke offentliggøres. "
                    + "Fjern filen fra dette punkt, eller læg en offentlig udgave af bilaget under et andet filnavn.");
            }
        }
    }

    private static void ReportDuplicateMeetings(ImmutableArray<Meeting> meetings, DiagnosticBag diagnostics)
    {
        foreach (var group in meetings.GroupBy(m => m.Id).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(DisplayPath(Path.Combine(duplicate.SourceDirectory, MeetingFile)), 1, 1, "RS0032",
                    $"{first.Committee.Name} har allerede et møde den {first.Date:yyyy-MM-dd} ({DisplayPath(Path.Combine(first.SourceDirectory, MeetingFile))}). Ret 'dato', eller flet de to møder sammen.");
            }
        }
    }

    /// <summary>The folder the program was started in; asked once, not for each of the thousands of paths shown.</summary>
    private static readonly string WorkingDirectory = Environment.CurrentDirectory;

    /// <summary>Paths as the editor typed them: relative to the current folder where possible.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? path.Replace('\\', '/')
            : relative.Replace('\\', '/');
    }
}
