using System.Collections.Concurrent;
using System.Text.Json;
using Referater.Site.Content;
using Referater.Site.Tests.Support;
using Referater.Site.Validation;

namespace Referater.Site.Tests.Content;

/// <summary>
/// The loader takes a meeting whose folder did not change from what an earlier build loaded, and reads every other
/// meeting again; a closed punkt is never kept, but read again from its file.
/// </summary>
public sealed class LoadedMeetingsTests
{
    /// <summary>What a build cache keeps of the loader's work, in memory.</summary>
    private sealed class Store : ILoadedMeetings
    {
        public ConcurrentDictionary<string, LoadedMeeting> Meetings { get; } = new(StringComparer.Ordinal);

        public LoadedMeeting? PreviouslyLoaded(string folder) => Meetings.GetValueOrDefault(folder);

        public void Record(string folder, LoadedMeeting meeting) => Meetings[folder] = meeting;
    }

    private const string Marked = "Titel fra det sidste byg";

    private static (Site.Content.Site Site, IReadOnlyList<Diagnostic> Problems) Load(string input, Store store)
    {
        var diagnostics = new DiagnosticBag();
        var site = new ContentLoader(input, diagnostics, store).Load();
        Assert.NotNull(site);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return (site, diagnostics.Sorted());
    }

    /// <summary>A loaded site of 12 meetings, and a store whose every kept meeting's first open punkt bears <see cref="Marked"/>: a title that shows it was taken from the store.</summary>
    private static (string Input, Store Store, IReadOnlyList<Diagnostic> Problems) MarkedStore(TempDirectory temp)
    {
        var input = GeneratedSite.In(temp, meetings: 12).Input;
        var store = new Store();
        var (_, problems) = Load(input, store);
        foreach (var folder in store.Meetings.Where(kept => !kept.Value.Meeting.Items.IsEmpty).Select(kept => kept.Key).ToList())
        {
            Mark(store, folder);
        }
        return (input, store, problems);
    }

    /// <summary>Gives the first punkt the store kept of a meeting the title <see cref="Marked"/>.</summary>
    private static void Mark(Store store, string folder)
    {
        var loaded = store.Meetings[folder];
        var items = loaded.Meeting.Items.SetItem(0, loaded.Meeting.Items[0] with { Title = Marked });
        store.Meetings[folder] = loaded with { Meeting = loaded.Meeting with { Items = items } };
    }

    private static Meeting MeetingIn(Site.Content.Site site, string folder) => site.Meetings.Single(meeting => meeting.SourceDirectory == folder);

    private static string OpenMeeting(Store store) =>
        store.Meetings.Where(kept => !kept.Value.Meeting.Items.IsEmpty).Select(kept => kept.Key).Order(StringComparer.Ordinal).First();

    private static bool IsMarked(Meeting meeting) => meeting.Items.Any(item => item.Title == Marked);

    [Fact]
    public void An_unchanged_meeting_is_taken_as_it_was_loaded_with_its_problems()
    {
        using var temp = new TempDirectory();
        var (input, store, problems) = MarkedStore(temp);
        Assert.NotEmpty(store.Meetings);

        var (site, again) = Load(input, store);

        Assert.All(store.Meetings.Where(kept => !kept.Value.Meeting.Items.IsEmpty), kept => Assert.True(IsMarked(MeetingIn(site, kept.Key))));
        Assert.Equal(problems, again);
    }

    [Fact]
    public void A_closed_punkt_is_never_kept_but_read_again_from_its_file()
    {
        using var temp = new TempDirectory();
        var (input, store, _) = MarkedStore(temp);
        var (fresh, _) = Load(input, new Store());
        var withClosed = fresh.Meetings.Where(meeting => meeting.Items.Any(item => item.IsClosed)).Select(meeting => meeting.SourceDirectory).ToList();
        Assert.NotEmpty(withClosed);
        Assert.DoesNotContain(store.Meetings.Values, loaded => loaded.Meeting.Items.Any(item => item.IsClosed));

        var (site, _) = Load(input, store);

        foreach (var folder in withClosed)
        {
            var kept = MeetingIn(site, folder);
            Assert.True(IsMarked(kept) || store.Meetings[folder].Meeting.Items.IsEmpty);
            // Records compare their lists by reference: their data is compared as JSON.
            Assert.Equal(JsonSerializer.Serialize(MeetingIn(fresh, folder).Items.Where(item => item.IsClosed)), JsonSerializer.Serialize(kept.Items.Where(item => item.IsClosed)));
            Assert.Equal(MeetingIn(fresh, folder).Items.Select(item => item.Number), kept.Items.Select(item => item.Number));
        }
    }

    public static TheoryData<string> Changes => new() { "punkt", "ny fil", "bilag", "site.yml" };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_meeting_is_read_again_when_a_file_it_is_made_from_changed(string change)
    {
        using var temp = new TempDirectory();
        var (input, store, _) = MarkedStore(temp);
        var folder = OpenMeeting(store);
        var punkt = Directory.GetFiles(folder, "*.md").Where(file => Path.GetFileName(file) != ContentLoader.MeetingFile).Order(StringComparer.Ordinal).First();
        var attachment = Path.Combine(folder, "bilag.pdf");
        File.WriteAllBytes(attachment, TestPdf.With("Første udgave"));
        // The store was made before the attachment was there: record the folder with it, marked again.
        Load(input, store);
        Mark(store, folder);
        Assert.True(IsMarked(MeetingIn(Load(input, store).Site, folder)));

        switch (change)
        {
            case "punkt":
                File.AppendAllText(punkt, "\nEn linje mere.\n");
                break;
            case "ny fil":
                File.WriteAllText(Path.Combine(folder, "noter.txt"), "En fil ved siden af.");
                break;
            case "bilag":
                File.WriteAllBytes(attachment, TestPdf.With("Anden udgave"));
                break;
            case "site.yml":
                File.AppendAllText(Path.Combine(input, "site.yml"), "\n# en kommentar\n");
                break;
        }

        Assert.False(IsMarked(MeetingIn(Load(input, store).Site, folder)));
    }

    /// <summary>
    /// Files whose size and time of writing are those the record was made from are not read, as git's index does not read
    /// them: a punkt's text changed without either changing is not seen. A closed punkt is still read from its file.
    /// </summary>
    [Fact]
    public void A_folder_whose_files_kept_their_sizes_and_times_is_not_read_again()
    {
        using var temp = new TempDirectory();
        var input = GeneratedSite.In(temp, meetings: 12).Input;
        GeneratedSite.Age(input);
        var store = new Store();
        var (fresh, _) = Load(input, store);
        Assert.All(store.Meetings.Values, loaded => Assert.NotNull(loaded.Stamps));
        var folder = OpenMeeting(store);
        Mark(store, folder);
        var punkt = Directory.GetFiles(folder, "*.md").Where(file => Path.GetFileName(file) != ContentLoader.MeetingFile).Order(StringComparer.Ordinal).First();
        var written = File.GetLastWriteTimeUtc(punkt);
        var text = File.ReadAllText(punkt);
        File.WriteAllText(punkt, text.Replace("## Beslutning", "## BESLUTNING"));
        File.SetLastWriteTimeUtc(punkt, written);

        var (site, _) = Load(input, store);

        Assert.True(IsMarked(MeetingIn(site, folder)));
        var withClosed = fresh.Meetings.Where(meeting => meeting.Items.Any(item => item.IsClosed)).ToList();
        Assert.NotEmpty(withClosed);
        Assert.All(withClosed, meeting => Assert.Equal(
            JsonSerializer.Serialize(meeting.Items.Where(item => item.IsClosed)), JsonSerializer.Serialize(MeetingIn(site, meeting.SourceDirectory).Items.Where(item => item.IsClosed))));

        // Written again now, the same file is read, whatever its size.
        File.WriteAllText(punkt, text.Replace("## Beslutning", "## BESLUTNING"));
        Assert.False(IsMarked(MeetingIn(Load(input, store).Site, folder)));
    }

    /// <summary>A file written moments before the build began could be written again within the same tick: its folder gets no stamps, and is read.</summary>
    [Fact]
    public void A_folder_with_a_file_written_just_now_is_read_by_the_next_build()
    {
        using var temp = new TempDirectory();
        var input = GeneratedSite.In(temp, meetings: 3).Input;
        var store = new Store();
        Load(input, store);
        Assert.All(store.Meetings.Values, loaded => Assert.Null(loaded.Stamps));
    }
}
