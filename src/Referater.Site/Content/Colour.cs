using System.Globalization;

namespace Referater.Site.Content;

/// <summary>
/// An sRGB colour from site.yml (<c>farve: "#00594f"</c>), with the contrast arithmetic of WCAG 2.1 so that a
/// municipality's colour is refused before it makes white text or links unreadable.
/// </summary>
public readonly record struct Colour(byte R, byte G, byte B)
{
    /// <summary>WCAG 2.1 AA for normal text (1.4.3): the colour carries links on white and white text in the header.</summary>
    public const double MinimumContrast = 4.5;

    public static Colour White { get; } = new(255, 255, 255);

    public static bool TryParse(string? text, out Colour colour)
    {
        colour = default;
        if (text is not { Length: 7 } || text[0] != '#' ||
            !int.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }
        colour = new Colour((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    /// <summary>The contrast ratio of two colours, 1 to 21 (WCAG 2.1, "contrast ratio").</summary>
    public double ContrastWith(Colour other)
    {
        var (light, dark) = (Math.Max(Luminance, other.Luminance), Math.Min(Luminance, other.Luminance));
        return (light + 0.05) / (dark + 0.05);
    }

    /// <summary>This colour mixed with another; <paramref name="share"/> is how much of this one remains (0 to 1).</summary>
    public Colour Mix(Colour other, double share) => new(
        Blend(R, other.R, share), Blend(G, other.G, share), Blend(B, other.B, share));

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    private double Luminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static byte Blend(byte a, byte b, double share) => (byte)Math.Round(a * share + b * (1 - share));
}
