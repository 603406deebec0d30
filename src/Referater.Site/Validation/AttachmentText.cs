using System.IO.Compression;
using System.Text;
using System.Xml;
using UglyToad.PdfPig;

namespace Referater.Site.Validation;

/// <summary>
/// The text of a public punkt's attachment, read for the CPR guard: an attachment is published as it is, so a CPR
/// number in it is published too. PDF is read page by page (PdfPig), plain text and CSV line by line, RTF paragraph by
/// paragraph with its escapes decoded, and Word, Excel, PowerPoint and OpenDocument files through the XML inside them. A finding names the attachment and its page or line.
/// A file that cannot be read in time or at all is an error: what cannot be checked is not published.
/// </summary>
public static class AttachmentText
{
    public const string UnreadableCode = "RS0611";

    /// <summary>Reading one attachment may take this long; a file that takes longer is built to stall the build.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>At most this much text is unpacked from an office file: more is a zip bomb, not a document.</summary>
    private const long MaxUnpackedBytes = 64 * 1024 * 1024;

    private static readonly string[] OfficeExtensions = [".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"];

    public static void Check(string path, string file, string display, int line, int column, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        Func<IEnumerable<(string Where, string Text)>>? read = extension switch
        {
            ".pdf" => () => PdfPages(path),
            ".txt" or ".csv" => () => TextLines(path),
            ".rtf" => () => RtfText.Paragraphs(path).Select(p => ($"afsnit {p.Paragraph}", p.Text)),
            _ when OfficeExtensions.Contains(extension) => () => OfficeText(path),
            _ => null,
        };
        if (read is null)
        {
            return;
        }
        var local = new DiagnosticBag();
        var work = Task.Run(() =>
        {
            foreach (var (where, text) in read())
            {
                PersonalDataGuard.CheckText(text, $"i bilaget '{file}', {where},", display, line, column, local);
            }
        });
        string? failure = null;
        try
        {
            if (!work.Wait(TimeLimit))
            {
                failure = $"kunne ikke læses på {TimeLimit.TotalSeconds:0} sekunder";
            }
        }
        catch (AggregateException)
        {
            failure = extension == ".pdf" ? "kunne ikke læses som PDF" : "kunne ikke læses";
        }
        if (failure is not null)
        {
            diagnostics.Error(display, line, column, UnreadableCode,
                $"bilaget '{file}' {failure}, så det kan ikke tjekkes for CPR-numre før det udgives. "
                + "Gem dokumentet igen (fx som PDF fra det program, der lavede det), eller fjern 'fil' fra bilaget.");
            return;
        }
        foreach (var diagnostic in local.Sorted())
        {
            diagnostics.Add(diagnostic);
        }
    }

    private static IEnumerable<(string, string)> PdfPages(string path)
    {
        using var document = PdfDocument.Open(path);
        foreach (var page in document.GetPages())
        {
            // Words joined by spaces: the page's letters run together would join a number to its neighbours.
            yield return ($"side {page.Number}", string.Join(' ', page.GetWords().Select(w => w.Text)));
        }
    }

    private static IEnumerable<(string, string)> TextLines(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            yield return ($"linje {number}", line);
        }
    }

    private static IEnumerable<(string, string)> OfficeText(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        long unpacked = 0;
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            unpacked += entry.Length;
            if (unpacked > MaxUnpackedBytes)
            {
                throw new InvalidDataException("too much text");
            }
            yield return ($"delen {entry.FullName}", XmlText(entry));
        }
    }

    /// <summary>Elements that end a paragraph, a cell or a line in Word, Excel, PowerPoint and OpenDocument; runs inside them read as one text.</summary>
    private static readonly HashSet<string> Breaks = ["p", "h", "br", "tab", "tc", "tr", "c", "si", "row", "cell", "table-cell", "table-row", "line-break", "s", "cr"];

    /// <summary>The text of an XML part: runs (<c>w:r</c>/<c>w:t</c>) joined as a reader sees them, paragraphs and cells apart.</summary>
    private static string XmlText(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var text = new StringBuilder();
        while (reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
            }
            else if ((reader.NodeType == XmlNodeType.EndElement || reader.IsEmptyElement) && Breaks.Contains(reader.LocalName))
            {
                text.Append(' ');
            }
        }
        return text.ToString();
    }
}
