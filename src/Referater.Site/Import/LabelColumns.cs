namespace Referater.Site.Import;

/// <summary>
/// A head whose table a PDF extraction read column by column: first the labels ("Mødedato:", "Mødet påbegyndt:",
/// "Mødested:", "Fraværende:"), then their values in the same order ("25. maj 2016", "kl. 18:00", "Hjørring Rådhus").
/// Pairs each label with its value, so that the head reads as if each label had its value beside it.
/// </summary>
public sealed class LabelColumns
{
    private readonly Dictionary<int, int> _valueOf = [];
    private readonly HashSet<int> _values = [];
    private readonly HashSet<int> _unpaired = [];

    private LabelColumns()
    {
    }

    /// <summary>The line that holds the value of the label on <paramref name="label"/>, when the label stands in a column.</summary>
    public int? ValueOf(int label) => _valueOf.TryGetValue(label, out var value) ? value : null;

    /// <summary>Whether the line is a value that a label of the column took.</summary>
    public bool IsValue(int index) => _values.Contains(index);

    /// <summary>
    /// "Mødelokale: Medlemmer: Afbud: 213, Mødelokale Henrik Zimino, Allan Andersen …": a column run together on one
    /// line, whose values all follow its last label. Where one value ends and the next begins the text does not say, so
    /// a last label of names takes none of them (the members are no absentees); the line is kept as it is.
    /// </summary>
    public bool IsUnpaired(int index) => _unpaired.Contains(index);

    public static LabelColumns Find(IReadOnlyList<SourceLine> lines, ISet<int> skip, ImportVocabulary vocabulary)
    {
        var columns = new LabelColumns();
        columns.FindRunTogether(lines, vocabulary);
        var i = 0;
        while (i < lines.Count)
        {
            var labels = new List<int>();
            var k = i;
            for (; k < lines.Count; k++)
            {
                if (lines[k].IsBlank)
                {
                    continue;
                }
                if (skip.Contains(k) || !IsEmptyLabel(lines[k], vocabulary))
                {
                    break;
                }
                labels.Add(k);
            }
            if (labels.Count < MinLabels)
            {
                i = Math.Max(i + 1, k);
                continue;
            }
            // The values follow in the labels' order, until one more label or a line that opens something else.
            var values = new List<int>();
            for (; k < lines.Count && values.Count < labels.Count; k++)
            {
                if (lines[k].IsBlank)
                {
                    continue;
                }
                var plain = LineText.Plain(lines[k].Text);
                if (skip.Contains(k) || plain.EndsWith(':') || vocabulary.Match(plain, ImportVocabulary.HeadKinds) is not null)
                {
                    break;
                }
                values.Add(k);
            }
            foreach (var (label, value) in labels.Zip(values))
            {
                columns._valueOf[label] = value;
                columns._values.Add(value);
            }
            i = k;
        }
        return columns;
    }

    private void FindRunTogether(IReadOnlyList<SourceLine> lines, ImportVocabulary vocabulary)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            // The pieces of one line of the source: an empty label, and right after it a list of names with a value.
            // (A date there is the column's first value, which the head reads in the labels' order.)
            if (!lines[i].IsBlank && lines[i - 1].Number == lines[i].Number && IsEmptyLabel(lines[i - 1], vocabulary)
                && vocabulary.Match(LineText.Plain(lines[i].Text), ImportVocabulary.HeadKinds) is
                    { Rest.Length: > 0, Kind: LabelKind.Attendees or LabelKind.Absentees } names
                && DanishDates.Find(names.Rest) is null)
            {
                _unpaired.Add(i);
            }
        }
    }

    /// <summary>Two labels at least, one under the other, each without its value: a column of labels.</summary>
    private const int MinLabels = 2;

    private static bool IsEmptyLabel(SourceLine line, ImportVocabulary vocabulary) =>
        vocabulary.Match(LineText.Plain(line.Text), ImportVocabulary.HeadKinds) is { Rest.Length: 0 };
}
