using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using Referater.Site.Content;
using Referater.Site.Validation;

namespace Referater.Site.Cli;

/// <summary><c>new UDVALG YYYY-MM-DD [--input DIR]</c>: a new meeting folder with its front matter filled in and an example punkt.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var committee = new Argument<string>("udvalg") { Description = "Udvalgets slug fra site.yml, fx beskaeftigelsesudvalget" };
        var date = new Argument<string>("dato") { Description = "Mødets dato som ÅÅÅÅ-MM-DD, fx 2026-03-17" };
        var input = CommonOptions.Input();
        var command = new Command("new", "Opret et nyt møde med et eksempel på et punkt") { committee, date, input };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(committee)!, parse.GetValue(date)!));
        return command;
    }

    public static int Run(string inputDirectory, string committeeSlug, string dateText)
    {
        var diagnostics = new DiagnosticBag();
        var loader = new ContentLoader(inputDirectory, diagnostics);
        var config = loader.LoadConfig();
        if (config is null)
        {
            Terminal.PrintDiagnostics(diagnostics.Sorted());
            return 1;
        }
        if (config.FindCommittee(committeeSlug) is not { } committee)
        {
            var suggestion = Suggestions.Closest(committeeSlug, config.Committees.Select(c => c.Slug));
            return Terminal.Fail($"udvalget '{committeeSlug}' findes ikke i site.yml. "
                + (suggestion is not null ? $"Mente du '{suggestion}'?" : $"Brug et af: {string.Join(", ", config.Committees.Select(c => c.Slug))}."));
        }
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Terminal.Fail($"'{dateText}' er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx {DateTime.Today:yyyy-MM-dd}.");
        }
        var folder = Path.Combine(loader.Root, committee.Slug, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return Terminal.Fail($"mappen '{ContentLoader.DisplayPath(folder)}' findes allerede og er ikke tom. Ret mødet dér, eller vælg en anden dato.");
        }

        var meetings = CommitteeMeetings(loader, config, committee);
        if (meetings.FirstOrDefault(m => m.Date == date) is { } sameDay)
        {
            return Terminal.Fail($"{committee.Name} har allerede et møde den {date:yyyy-MM-dd} ({ContentLoader.DisplayPath(sameDay.SourceDirectory)}). Ret mødet dér.");
        }
        var previous = meetings.Where(m => m.Date < date).MaxBy(m => m.Date) ?? meetings.MaxBy(m => m.Date);
        var number = meetings.Where(m => m.Date.Year == date.Year).SelectMany(m => m.Items).Select(i => i.Number).DefaultIfEmpty(0).Max() + 1;
        var kind = date >= DateOnly.FromDateTime(DateTime.Today) ? MeetingKind.Dagsorden : MeetingKind.Referat;

        Directory.CreateDirectory(folder);
        var meetingFile = Path.Combine(folder, ContentLoader.MeetingFile);
        var itemFile = Path.Combine(folder, MeetingScaffold.ExampleItemFileName(number));
        File.WriteAllText(meetingFile, MeetingScaffold.MeetingFile(committee, date, kind, previous));
        File.WriteAllText(itemFile, MeetingScaffold.ExampleItem(number, date, kind, previous));

        Console.WriteLine($"Oprettet {ContentLoader.DisplayPath(meetingFile)}");
        Console.WriteLine($"Oprettet {ContentLoader.DisplayPath(itemFile)} (punkt {number})");
        Console.WriteLine(previous is null
            ? "Udfyld tid, sted og kommunikation i index.md; udvalget har ingen tidligere møder at kopiere fra."
            : $"Tid, sted og kommunikationskolonner er kopieret fra mødet den {previous.Date:yyyy-MM-dd}; ret dem, hvis de er anderledes.");
        Console.WriteLine("Skriv punkterne, og se siden med: dotnet run --project src/Referater.Site -- preview");
        return 0;
    }

    /// <summary>The committee's meetings as far as they load; problems elsewhere in the content do not stop a new meeting.</summary>
    private static List<Meeting> CommitteeMeetings(ContentLoader loader, SiteConfig config, Committee committee)
    {
        var meetings = new ConcurrentBag<Meeting>();
        Parallel.ForEach(loader.MeetingFolders(), folder =>
        {
            if (new ContentLoader(loader.Root, new DiagnosticBag()).LoadMeeting(folder, config) is { } meeting && meeting.Committee == committee)
            {
                meetings.Add(meeting);
            }
        });
        return [.. meetings];
    }
}
