using System.Text;

namespace Referater.Site.Validation;

/// <summary>
/// The text of an RTF document, paragraph by paragraph, for the CPR guard. RTF writes text between control words, and
/// writes a character outside ASCII as an escape (<c>\'96</c> in the document's code page, <c>\u8211?</c> as Unicode), so
/// a number can be spelt in escapes and still be printed as digits: the escapes are decoded before the text is read.
/// Groups that hold no text a reader sees (fonts, colours, styles, pictures, embedded data) are skipped.
/// </summary>
public static class RtfText
{
    private static readonly HashSet<string> SkippedDestinations = new(StringComparer.Ordinal)
    {
        "fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "rsidtbl", "pict", "objdata",
        "themedata", "colorschememapping", "datastore", "latentstyles", "xmlnstbl", "generator", "filetbl",
    };

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Each paragraph's text, numbered from 1.</summary>
    public static IEnumerable<(int Paragraph, string Text)> Paragraphs(string path) => Paragraphs(File.ReadAllBytes(path));

    public static IEnumerable<(int Paragraph, string Text)> Paragraphs(byte[] rtf)
    {
        var text = new StringBuilder();
        var paragraph = 1;
        // Per group: whether its text is skipped, and how many fallback characters follow a \u escape.
        var skip = new Stack<(bool Skip, int FallbackLength)>();
        var (skipping, fallbackLength) = (false, 1);
        var pendingFallback = 0;
        var i = 0;
        while (i < rtf.Length)
        {
            var c = (char)rtf[i];
            if (c == '{')
            {
                skip.Push((skipping, fallbackLength));
                i++;
                if (i + 1 < rtf.Length && rtf[i] == '\\' && rtf[i + 1] == '*')
                {
                    skipping = true;
                    i += 2;
                }
                continue;
            }
            if (c == '}')
            {
                (skipping, fallbackLength) = skip.Count > 0 ? skip.Pop() : (false, 1);
                pendingFallback = 0;
                i++;
                continue;
            }
            if (c is '\r' or '\n')
            {
                i++;
                continue;
            }
            if (c != '\\')
            {
                i++;
                if (pendingFallback > 0)
                {
                    pendingFallback--;
                }
                else if (!skipping)
                {
                    text.Append(c);
                }
                continue;
            }
            // A control symbol or a control word.
            i++;
            if (i >= rtf.Length)
            {
                break;
            }
            var symbol = (char)rtf[i];
            if (!char.IsAsciiLetter(symbol))
            {
                i++;
                string? literal = symbol switch
                {
                    '\\' or '{' or '}' => symbol.ToString(),
                    '~' => "\u00A0",
                    '_' => "-",
                    '\'' when i + 1 < rtf.Length && Hex(rtf[i], rtf[i + 1]) is { } b => Windows1252.GetString([b]),
                    _ => null,
                };
                if (symbol == '\'')
                {
                    i = Math.Min(i + 2, rtf.Length);
                }
                if (literal is null)
                {
                    continue;
                }
                if (pendingFallback > 0)
                {
                    pendingFallback--;
                }
                else if (!skipping)
                {
                    text.Append(literal);
                }
                continue;
            }
            var start = i;
            while (i < rtf.Length && char.IsAsciiLetter((char)rtf[i]))
            {
                i++;
            }
            var word = Encoding.ASCII.GetString(rtf, start, i - start);
            var numberStart = i;
            if (i < rtf.Length && rtf[i] == '-')
            {
                i++;
            }
            while (i < rtf.Length && char.IsAsciiDigit((char)rtf[i]))
            {
                i++;
            }
            int? argument = i > numberStart && int.TryParse(Encoding.ASCII.GetString(rtf, numberStart, i - numberStart), out var value) ? value : null;
            if (i < rtf.Length && rtf[i] == ' ')
            {
                i++;
            }
            switch (word)
            {
                case "bin" when argument is > 0:
                    i = (int)Math.Min((long)i + argument.Value, rtf.Length);
                    break;
                case "uc" when argument is >= 0:
                    fallbackLength = argument.Value;
                    break;
                case "u" when argument is { } code:
                    if (!skipping)
                    {
                        text.Append((char)(code < 0 ? code + 65536 : code));
                    }
                    pendingFallback = fallbackLength;
                    break;
                case "par" or "line" or "sect" or "page" or "row" or "cell":
                    if (!skipping)
                    {
                        yield return (paragraph++, text.ToString());
                        text.Clear();
                    }
                    break;
                case "tab":
                    if (!skipping)
                    {
                        text.Append(' ');
                    }
                    break;
                default:
                    if (SkippedDestinations.Contains(word))
                    {
                        skipping = true;
                    }
                    break;
            }
        }
        if (text.Length > 0)
        {
            yield return (paragraph, text.ToString());
        }
    }

    private static byte? Hex(byte high, byte low) =>
        Uri.IsHexDigit((char)high) && Uri.IsHexDigit((char)low) ? (byte)Convert.ToInt32($"{(char)high}{(char)low}", 16) : null;
}
