using System.Globalization;
using System.Text;
using Referater.Site.Rendering;

namespace Referater.Benchmarks.Corpus;

/// <summary>
/// Makes a deterministic synthetic municipality of <c>meetings</c> committee meetings: ten committees meeting
/// about monthly, about nine punkter a meeting, cases (sager) that come back one to six times, sometimes before
/// another committee, text that refers to earlier treatments, and a few closed punkter. One seed, one thread:
/// the same number of meetings gives the same corpus, byte for byte.
/// </summary>
public sealed class CorpusGenerator
{
    public const int DefaultSeed = 20260217;

    private static readonly DateOnly FirstMonday = new(2016, 1, 4);

    private static readonly string[] OlderColumns = ["DIR", "BFU", "SOS", "BSK", "KFU", "TFU", "ØKE", "BYR"];

    private static readonly string[] Columns = ["DIR", "BFU", "SOS", "BSK", "KFU", "BYB", "MIN", "TFU", "EUU", "ØKE", "BYR"];

    public static readonly IReadOnlyList<CorpusCommittee> Committees =
    [
        new("byraadet", "Byrådet", "BYR", ["00", "01", "24", "85"], "Kommunaldirektøren"),
        new("oekonomiudvalget", "Økonomiudvalget", "ØKE", ["00", "81", "82", "85", "88"], "Kommunaldirektøren"),
        new("beskaeftigelsesudvalget", "Beskæftigelsesudvalget", "BSK", ["15", "32", "54"], "Direktøren for Social, Sundhed og Beskæftigelse"),
        new("boerne-og-familieudvalget", "Børne- og Familieudvalget", "BFU", ["17", "28", "27"], "Direktøren for Børn og Unge"),
        new("social-og-sundhedsudvalget", "Social- og Sundhedsudvalget", "SOS", ["27", "29"], "Direktøren for Social, Sundhed og Beskæftigelse"),
        new("kultur-og-fritidsudvalget", "Kultur- og Fritidsudvalget", "KFU", ["18", "19", "20", "21", "04"], "Direktøren for Kultur og Fritid"),
        new("byplanudvalget", "Byplanudvalget", "BYB", ["01", "02", "03"], "Direktøren for Teknik og Miljø"),
        new("miljoe-og-klimaudvalget", "Miljø- og Klimaudvalget", "MIN", ["06", "07", "09"], "Direktøren for Teknik og Miljø"),
        new("teknik-og-forsyningsudvalget", "Teknik- og Forsyningsudvalget", "TFU", ["05", "13", "14"], "Direktøren for Teknik og Miljø"),
        new("erhvervs-og-uddannelsesudvalget", "Erhvervs- og Uddannelsesudvalget", "EUU", ["24", "54", "22"], "Direktøren for Erhverv og Uddannelse"),
    ];

    private readonly Random _random;
    private readonly Dictionary<CorpusCommittee, Queue<OpenCase>> _openCases = Committees.ToDictionary(c => c, _ => new Queue<OpenCase>());
    private readonly List<(CorpusCommittee Next, OpenCase Case)> _treatedToday = [];
    private readonly Dictionary<(CorpusCommittee, int Year), int> _nextNumber = [];
    private readonly Dictionary<(string Group, int Year), int> _nextSerial = [];

    public CorpusGenerator(int seed = DefaultSeed) => _random = new Random(seed);

    public Corpus Generate(int meetings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(meetings);
        var list = new List<CorpusMeeting>(meetings);
        var rounds = (meetings + Committees.Count - 1) / Committees.Count;
        for (var i = 0; i < meetings; i++)
        {
            // Round k is about month k: every committee meets once, on its own weekday of the week.
            var round = i / Committees.Count;
            var committee = Committees[i % Committees.Count];
            var date = FirstMonday.AddDays(round * 35 + (i % Committees.Count) % 5 + 7 * ((i % Committees.Count) / 5));
            list.Add(Meeting(committee, date, isAgenda: round == rounds - 1));
        }
        return new Corpus("Benchmarkby Kommune", "https://referater.benchmarkby.dk", Committees, list);
    }

    private CorpusMeeting Meeting(CorpusCommittee committee, DateOnly date, bool isAgenda)
    {
        var columns = date.Year < 2022 ? OlderColumns : Columns;
        var count = _random.Next(6, 13);
        var items = new List<CorpusItem>(count);
        for (var n = 0; n < count; n++)
        {
            var key = (committee, date.Year);
            var number = _nextNumber.GetValueOrDefault(key, 1);
            _nextNumber[key] = number + 1;
            items.Add(Item(committee, date, number, columns, isAgenda));
        }
        // A case comes back at a later meeting, never twice on one agenda.
        foreach (var (next, @case) in _treatedToday)
        {
            _openCases[next].Enqueue(@case);
        }
        _treatedToday.Clear();
        var absentees = _random.Next(4) == 0 ? new[] { Name() } : [];
        return new CorpusMeeting(committee, date, isAgenda, absentees, columns, items);
    }

    private CorpusItem Item(CorpusCommittee committee, DateOnly date, int number, string[] columns, bool isAgenda)
    {
        var open = _openCases[committee];
        var @case = open.Count > 0 && _random.Next(100) < 45 ? open.Dequeue() : NewCase(committee, date);
        var treatment = new Treatment(committee, date, number, @case.Title);
        var sections = Sections(committee, @case, isAgenda);
        @case.Earlier.Add(treatment);
        if (--@case.Remaining > 0)
        {
            // Most cases come back to the same committee; some go on to Økonomiudvalget and Byrådet.
            var next = _random.Next(100) < 25 ? Committees[_random.Next(2)] : committee;
            _treatedToday.Add((next, @case));
        }
        var closed = _random.Next(100) < 3;
        var marked = _random.Next(5) == 0
            ? null
            : columns.Where(_ => _random.Next(4) == 0).DefaultIfEmpty(committee.Code == "BYR" || !columns.Contains(committee.Code) ? "BYR" : committee.Code).ToArray();
        var attachments = _random.Next(10) < 4
            ? Enumerable.Range(0, _random.Next(1, 5)).Select(_ => $"{Pick(Vocabulary.AttachmentKinds)} {Lower(@case.Title)}").Distinct().ToArray()
            : [];
        return new CorpusItem(
            number,
            @case.Title,
            @case.Number,
            marked,
            Name(),
            _random.Next(3) == 0 ? [Name()] : [],
            closed,
            closed && !isAgenda ? "Indstillingen blev godkendt." : null,
            attachments,
            sections);
    }

    private OpenCase NewCase(CorpusCommittee committee, DateOnly date)
    {
        var group = Pick(committee.KleGroups);
        var key = (group, date.Year);
        var serial = _nextSerial.GetValueOrDefault(key, 1);
        _nextSerial[key] = serial + 1;
        var number = string.Create(CultureInfo.InvariantCulture,
            $"{group}.{_random.Next(0, 20):00}.{_random.Next(0, 10):00}-{(char)('A' + _random.Next(0, 7))}{_random.Next(0, 30):00}-{serial}-{date.Year % 100:00}");
        var title = $"{Pick(Vocabulary.TitleOpeners)} {Pick(Vocabulary.Adjectives)} {Pick(Vocabulary.Nouns)} {Pick(Vocabulary.Prepositions)} {Pick(Vocabulary.Nouns)}";
        // A case is treated 1–6 times; most only once or twice.
        var treatments = 1 + (int)Math.Floor(Math.Pow(_random.NextDouble(), 2.2) * 6);
        return new OpenCase(number, title, treatments);
    }

    private List<CorpusSection> Sections(CorpusCommittee committee, OpenCase @case, bool isAgenda)
    {
        var sections = new List<CorpusSection> { new("Resume", Paragraph(50, 110)) };
        var body = new StringBuilder();
        var parts = _random.Next(2, 5);
        for (var p = 0; p < parts; p++)
        {
            if (p > 0 || _random.Next(2) == 0)
            {
                body.Append("### ").Append(Capitalise($"{Pick(Vocabulary.Adjectives)} {Pick(Vocabulary.Nouns)}")).Append("\n\n");
            }
            body.Append(Paragraph(60, 160)).Append("\n\n");
            if (_random.Next(3) == 0)
            {
                for (var b = _random.Next(3, 6); b > 0; b--)
                {
                    body.Append("- ").Append(Capitalise(Phrase(4, 10))).Append('\n');
                }
                body.Append('\n');
            }
            if (p == 0 && @case.Earlier.Count > 0)
            {
                var earlier = @case.Earlier[_random.Next(@case.Earlier.Count)];
                body.Append($"{Capitalise(earlier.Committee.Name)} er tidligere blevet orienteret om sagen (jf. punkt {earlier.Number} '{earlier.Title}', Møde i {earlier.Committee.Name} den {DanishText.MediumDate(earlier.Date)}).\n\n");
            }
        }
        sections.Add(new("Sagsfremstilling", body.ToString().TrimEnd('\n')));
        if (@case.Earlier.Count > 0)
        {
            sections.Add(new("Historik", string.Join("\n", @case.Earlier.Select(e =>
                $"- {e.Committee.Name} den {DanishText.MediumDate(e.Date)}, punkt {e.Number}"))));
        }
        if (_random.Next(10) < 4)
        {
            var amount = (_random.Next(1, 900) * 10_000).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
            sections.Add(new("Økonomi", $"{Paragraph(30, 80)} Udgiften udgør {amount} kr. i alt."));
        }
        sections.Add(new("Indstilling", $"{committee.Director} indstiller\n\nat {committee.Name} {Pick(Vocabulary.Verbs)} {Lower(@case.Title)}."));
        if (!isAgenda)
        {
            sections.Add(new("Beslutning", Pick(Vocabulary.Decisions)));
        }
        return sections;
    }

    private string Paragraph(int minWords, int maxWords)
    {
        var target = _random.Next(minWords, maxWords);
        var text = new StringBuilder();
        var words = 0;
        while (words < target)
        {
            var sentence = _random.Next(3) == 0 ? $"{Pick(Vocabulary.Openers)} {Phrase(6, 16)}" : Capitalise(Phrase(6, 18));
            text.Append(text.Length == 0 ? "" : " ").Append(sentence).Append('.');
            words += sentence.Count(c => c == ' ') + 1;
        }
        return text.ToString();
    }

    private string Phrase(int minWords, int maxWords)
    {
        var target = _random.Next(minWords, maxWords);
        var text = new StringBuilder();
        while (text.Length == 0 || text.ToString().Count(c => c == ' ') + 1 < target)
        {
            text.Append(_random.Next(3) switch
            {
                0 => $"{Pick(Vocabulary.Adjectives)} {Pick(Vocabulary.Nouns)} ",
                1 => $"{Pick(Vocabulary.Nouns)} {Pick(Vocabulary.Verbs)} {Pick(Vocabulary.Prepositions)} ",
                _ => $"{Pick(Vocabulary.Nouns)} {Pick(Vocabulary.Connectives)} ",
            });
        }
        return text.Append(Pick(Vocabulary.Nouns)).ToString();
    }

    private string Name() => $"{Pick(Vocabulary.FirstNames)} {Pick(Vocabulary.LastNames)}";

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private sealed record Treatment(CorpusCommittee Committee, DateOnly Date, int Number, string Title);

    private sealed class OpenCase(string number, string title, int remaining)
    {
        public string Number { get; } = number;

        public string Title { get; } = title;

        public int Remaining { get; set; } = remaining;

        public List<Treatment> Earlier { get; } = [];
    }
}
