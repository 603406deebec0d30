using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;
using Referater.Site.Validation;

namespace Referater.Site.Content;

/// <summary>Reads typed values from front matter; each wrong value becomes a diagnostic that says what to write instead.</summary>
public sealed class FrontMatterReader(FrontMatter frontMatter, DiagnosticBag diagnostics)
{
    /// <summary>Keys suggested for misspelt ones: "missing" is not reported again for them.</summary>
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    private string File => frontMatter.Source.DisplayPath;

    public FrontMatter FrontMatter => frontMatter;

    /// <summary>Every key must be one the format knows: a misspelt key would otherwise be silently ignored.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed, string what)
    {
        foreach (var key in frontMatter.Keys)
        {
            if (allowed.Contains(key))
            {
                continue;
            }
            var suggestion = Suggestions.Closest(key, allowed);
            if (suggestion is not null)
            {
                _suggested.Add(suggestion);
            }
            var hint = suggestion is null
                ? $"Tilladte nøgler for {what}: {string.Join(", ", allowed)}."
                : $"Mente du '{suggestion}'?";
            Error(key, "RS0020", $"ukendt nøgle '{key}'. {hint}");
        }
    }

    public string? String(string key, bool required, string example)
    {
        if (!frontMatter.TryGet(key, out _, out var value))
        {
            if (required)
            {
                Missing(key, example);
            }
            return null;
        }
        if (value is not YamlScalarNode scalar)
        {
            ErrorAt(value, "RS0022", $"'{key}' skal være en enkelt tekst, ikke en liste. Skriv fx {key}: {example}");
            return null;
        }
        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text) || (text is "-" or "~" or "null" && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain))
        {
            if (required)
            {
                ErrorAt(value, "RS0023", $"'{key}' er tom. Skriv fx {key}: {example}");
            }
            return null;
        }
        return text;
    }

    public int? Integer(string key, bool required, string example)
    {
        var text = String(key, required, example);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }
        ErrorValue(key, "RS0024", $"'{key}' skal være et positivt heltal, ikke '{text}'. Skriv fx {key}: {example}");
        return null;
    }

    public const int MinYear = 1900;
    public const int MaxYear = 2200;

    public DateOnly? Date(string key, bool required)
    {
        var text = String(key, required, "2026-02-17");
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // Times are turned into Danish time and UTC for feeds and calendars: the far ends of the calendar cannot be.
            if (date.Year is < MinYear or > MaxYear)
            {
                ErrorValue(key, "RS0633", $"'{text}' ligger uden for årene {MinYear}–{MaxYear}, som et møde kan holdes i. Ret årstallet, fx {key}: 2026-02-17.");
                return null;
            }
            return date;
        }
        ErrorValue(key, "RS0025", $"'{text}' er ikke en gyldig dato. Skriv datoen som år-måned-dag, fx {key}: 2026-02-17.");
        return null;
    }

    public TimeOnly? Time(string key)
    {
        var text = String(key, required: false, "\"13:30\"");
        if (text is null)
        {
            return null;
        }
        if (TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH.mm", "H.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        ErrorValue(key, "RS0026", $"'{text}' er ikke et klokkeslæt. Skriv timer og minutter i anførselstegn, fx {key}: \"13:30\".");
        return null;
    }

    public bool Boolean(string key)
    {
        var text = String(key, required: false, "true");
        switch (text?.ToLowerInvariant())
        {
            case null or "false" or "nej":
                return false;
            case "true" or "ja":
                return true;
            default:
                ErrorValue(key, "RS0027", $"'{key}' skal være true eller false, ikke '{text}'.");
                return false;
        }
    }

    public ImmutableArray<string> StringList(string key, string example)
    {
        if (!frontMatter.TryGet(key, out _, out var value))
        {
            return [];
        }
        switch (value)
        {
            case YamlScalarNode scalar:
                // A single name is accepted as a list of one; an empty value or "-" is no list at all.
                var text = scalar.Value?.Trim();
                return string.IsNullOrEmpty(text) || text == "-" ? [] : [text];
            case YamlSequenceNode sequence:
                var builder = ImmutableArray.CreateBuilder<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } itemText } && itemText.Trim().Length > 0)
                    {
                        builder.Add(itemText.Trim());
                    }
                    else
                    {
                        ErrorAt(item, "RS0028", $"hvert element i '{key}' skal være en tekst. Skriv fx {key}: {example}");
                    }
                }
                return builder.ToImmutable();
            default:
                ErrorAt(value, "RS0028", $"'{key}' skal være en liste. Skriv fx {key}: {example}");
                return [];
        }
    }

    /// <summary>Attachments: a list of <c>titel</c> (and optional <c>fil</c>), or plain titles.</summary>
    public ImmutableArray<(Attachment Attachment, int Line, int Column)> Attachments(string key)
    {
        if (!frontMatter.TryGet(key, out _, out var value))
        {
            return [];
        }
        if (value is YamlScalarNode { Value: null or "" })
        {
            return [];
        }
        if (value is not YamlSequenceNode sequence)
        {
            ErrorAt(value, "RS0029", $"'{key}' skal være en liste med ét bilag pr. linje, fx\n  {key}:\n    - titel: Nøgletalsrapport februar 2026\n      fil: noegletal.pdf");
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<(Attachment, int, int)>();
        foreach (var item in sequence.Children)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { } title } when title.Trim().Length > 0:
                    builder.Add((new Attachment(title.Trim(), null), FrontMatter.Line(item), FrontMatter.Column(item)));
                    break;
                case YamlMappingNode mapping:
                    string? attachmentTitle = null;
                    string? file = null;
                    foreach (var (k, v) in mapping.Children)
                    {
                        var name = (k as YamlScalarNode)?.Value;
                        var text = (v as YamlScalarNode)?.Value?.Trim();
                        switch (name)
                        {
                            case "titel":
                                attachmentTitle = text;
                                break;
                            case "fil":
                                file = string.IsNullOrEmpty(text) ? null : text;
                                break;
                            default:
                                var suggestion = name is null ? null : Suggestions.Closest(name, ["titel", "fil"]);
                                ErrorAt(k, "RS0020", $"ukendt nøgle '{name}' i et bilag. {(suggestion is null ? "Et bilag har 'titel' og eventuelt 'fil'." : $"Mente du '{suggestion}'?")}");
                                break;
                        }
                    }
                    if (string.IsNullOrEmpty(attachmentTitle))
                    {
                        ErrorAt(item, "RS0021", "et bilag mangler 'titel'. Skriv fx - titel: Nøgletalsrapport februar 2026");
                    }
                    else
                    {
                        builder.Add((new Attachment(attachmentTitle, file), FrontMatter.Line(item), FrontMatter.Column(item)));
                    }
                    break;
                default:
                    ErrorAt(item, "RS0029", "et bilag skal have en titel, fx - titel: Nøgletalsrapport februar 2026");
                    break;
            }
        }
        return builder.ToImmutable();
    }

    public void Error(string key, string code, string message) =>
        diagnostics.Error(File, frontMatter.LineOf(key), frontMatter.ColumnOf(key), code, message);

    private void ErrorValue(string key, string code, string message)
    {
        if (frontMatter.TryGet(key, out _, out var value))
        {
            ErrorAt(value, code, message);
        }
        else
        {
            Error(key, code, message);
        }
    }

    private void ErrorAt(YamlNode node, string code, string message) =>
        diagnostics.Error(File, FrontMatter.Line(node), FrontMatter.Column(node), code, message);

    private void Missing(string key, string example)
    {
        if (_suggested.Contains(key))
        {
            return;
        }
        diagnostics.Error(File, 1, 1, "RS0021", $"nøglen '{key}' mangler i filens metadata. Tilføj en linje, fx {key}: {example}");
    }
}
