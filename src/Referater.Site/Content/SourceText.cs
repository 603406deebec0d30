using System.Text;

namespace Referater.Site.Content;

/// <summary>A text file an editor wrote: decoded as strict UTF-8, BOM dropped, line endings normalised to LF.</summary>
public sealed record SourceText(string Path, string DisplayPath, string Text)
{
    /// <summary>Markdown files beyond this size are refused: no referat comes near it, and a larger file is a mistake.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText? Read(string path, string displayPath, Validation.DiagnosticBag diagnostics) =>
        ReadBytes(path, displayPath, diagnostics) is { } bytes ? Decode(path, displayPath, bytes, diagnostics) : null;

    /// <summary>A file's bytes, when it is a plain file of a size a text may have; null (with the problem reported) when it is not.</summary>
    public static byte[]? ReadBytes(string path, string displayPath, Validation.DiagnosticBag diagnostics)
    {
        if (InputFiles.KindOf(path) is var kind and not EntryKind.File)
        {
            diagnostics.Error(displayPath, 1, 1, kind == EntryKind.SymbolicLink ? InputFiles.LinkCode : InputFiles.SpecialCode,
                kind == EntryKind.SymbolicLink
                    ? "filen er et symbolsk link. Bygningen følger ikke links, for et link kan pege på en fil uden for indholdet. Læg selve filen her i stedet for linket."
                    : "dette er ikke en almindelig fil (men fx en navngiven pipe eller en enhed), så den kan ikke læses. Læg en almindelig tekstfil her.");
            return null;
        }
        var info = new FileInfo(path);
        if (info.Length > MaxBytes)
        {
            diagnostics.Error(displayPath, 1, 1, "RS0002",
                $"filen er {info.Length / (1024 * 1024)} MB; en Markdown-fil må højst fylde {MaxBytes / (1024 * 1024)} MB. Del teksten op, eller læg store dokumenter som bilag (fx PDF).");
            return null;
        }
        return File.ReadAllBytes(path);
    }

    /// <summary>The text of bytes read by <see cref="ReadBytes"/>; null (with the problem reported) when they are not UTF-8 text.</summary>
    public static SourceText? Decode(string path, string displayPath, byte[] bytes, Validation.DiagnosticBag diagnostics)
    {
        if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble) || bytes.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            diagnostics.Error(displayPath, 1, 1, "RS0001",
                "filen er gemt som UTF-16, ikke UTF-8. Gem filen igen med tegnkodningen UTF-8 (i Notesblok: Gem som → Kodning: UTF-8).");
            return null;
        }
        var offset = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            var (line, column) = Position(bytes, offset, nul);
            diagnostics.Error(displayPath, line, column, "RS0003",
                "filen indeholder binære data (en NUL-byte), ikke tekst. Er det et bilag? Giv det en anden endelse end .md, fx .pdf.");
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = Position(bytes, offset, offset + Math.Max(ex.Index, 0));
            diagnostics.Error(displayPath, line, column, "RS0001",
                "filen er ikke gemt som UTF-8 (fx æ, ø eller å i en anden tegnkodning). Gem filen igen med tegnkodningen UTF-8.");
            return null;
        }
        return new SourceText(path, displayPath, NormaliseLineEndings(text));
    }

    public static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static (int Line, int Column) Position(byte[] bytes, int start, int index)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        // Columns count characters, not bytes: continuation bytes of UTF-8 sequences are not columns.
        var column = 1;
        for (var i = lineStart; i < index && i < bytes.Length; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }
        return (line, column);
    }
}
