using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using Referater.Site.Validation;

namespace Referater.Site.Content;

/// <summary>
/// The keys of site.yml that shape how the site reads to citizens: the wording for an attachment without a file,
/// how long a meeting lasts, the addresses of meeting places and the names of KLE emner.
/// </summary>
internal sealed partial class ReadingKeys(string display, DiagnosticBag diagnostics)
{
    private string? _attachmentWithoutFile;
    private TimeSpan? _duration;
    private readonly ImmutableSortedDictionary<string, string>.Builder _places = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
    private readonly ImmutableSortedDictionary<string, string>.Builder _topics = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<hours>\d{1,2}):(?<minutes>[0-5]\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TopicPattern();

    public void AttachmentWithoutFile(YamlNode value)
    {
        if (Scalar(value) is { } text)
        {
            _attachmentWithoutFile = text;
            return;
        }
        Error(value, "RS0706",
            $"'bilag_uden_fil' skal være en tekst, fx bilag_uden_fil: {SiteConfig.DefaultAttachmentWithoutFileText}. Slet linjen for at bruge den tekst.");
    }

    public void MeetingDuration(YamlNode value)
    {
        var text = Scalar(value);
        var match = text is null ? null : DurationPattern().Match(text);
        if (match is { Success: true })
        {
            var duration = new TimeSpan(int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture), 0);
            if (duration > TimeSpan.Zero && duration < TimeSpan.FromHours(24))
            {
                _duration = duration;
                return;
            }
        }
        Error(value, "RS0702",
            $"'mødevarighed' skal være timer og minutter i anførselstegn, mellem \"0:15\" og \"23:59\", fx mødevarighed: \"2:30\" (ikke '{text}').");
    }

    public void Places(YamlNode value)
    {
        if (value is not YamlMappingNode places)
        {
            Error(value, "RS0703", "'steder' skal være en liste af sted: adresse, fx\n  steder:\n    C3.40: Rådhuset, Torvet 5, 7400 Herning");
            return;
        }
        foreach (var (place, address) in places.Children)
        {
            if (Scalar(place) is not { } name || Scalar(address) is not { } text)
            {
                Error(address, "RS0703", "hvert sted under 'steder' skal have en adresse, fx C3.40: Rådhuset, Torvet 5, 7400 Herning");
                continue;
            }
            _places[name] = text;
        }
    }

    public void KleTopics(YamlNode value)
    {
        if (value is not YamlMappingNode topics)
        {
            Error(value, "RS0704", "'kle_emner' skal være en liste af emnenummer: navn, fx\n  kle_emner:\n    \"15.00.00\": Arbejdsmarked og beskæftigelse i almindelighed");
            return;
        }
        foreach (var (number, name) in topics.Children)
        {
            if (Scalar(number) is not { } key || !TopicPattern().IsMatch(key))
            {
                Error(number, "RS0704",
                    $"'{Scalar(number)}' er ikke et KLE-emnenummer. Skriv emnet som tre tal med punktum i anførselstegn, fx \"15.00.00\": Arbejdsmarked og beskæftigelse i almindelighed");
                continue;
            }
            if (Scalar(name) is not { } title)
            {
                Error(name, "RS0704", $"emnet \"{key}\" under 'kle_emner' mangler et navn. Skriv fx \"{key}\": navnet på emnet");
                continue;
            }
            _topics[key] = title;
        }
    }

    public SiteConfig Apply(SiteConfig config) => config with
    {
        AttachmentWithoutFileText = _attachmentWithoutFile ?? config.AttachmentWithoutFileText,
        MeetingDuration = _duration ?? config.MeetingDuration,
        PlaceAddresses = _places.ToImmutable(),
        KleTopicNames = _topics.ToImmutable(),
    };

    private void Error(YamlNode node, string code, string message) =>
        diagnostics.Error(display, (int)node.Start.Line, (int)node.Start.Column, code, message);

    private static string? Scalar(YamlNode node) => SiteConfigLoader.Scalar(node);
}
