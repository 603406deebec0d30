using System.Text.RegularExpressions;

namespace Referater.Site.Content;

/// <summary>
/// The YAML parser's messages in Danish. YamlDotNet words its errors in English and in the parser's terms ("While
/// scanning a plain scalar value, found invalid mapping"); an editor needs to hear what is wrong on the line and what to
/// write instead. Each known message is matched here; an unknown one is kept, after a Danish lead.
/// </summary>
public static partial class YamlMessages
{
    private static readonly (Regex English, string Danish)[] Known =
    [
        (new(@"^While scanning a plain scalar value, found invalid mapping"),
            "der står et kolon inde i en værdi, eller en nøgle er indrykket, så den ser ud til at høre til linjen over. Sæt værdien i anførselstegn, fx titel: \"Budget: status\", eller ret indrykningen"),
        (new(@"^While scanning a quoted scalar, found unexpected end of stream"),
            "et anførselstegn lukkes aldrig. Afslut værdien med det samme anførselstegn, som den begynder med"),
        (new(@"^While scanning a quoted scalar, found unknown escape character"),
            "et '\\' i en værdi i dobbelte anførselstegn står foran et tegn, det ikke kan stå foran. Skriv '\\\\' for en omvendt skråstreg, eller brug enkelte anførselstegn"),
        (new(@"^While parsing a block collection, did not find expected '-' indicator"),
            "en linje i en liste er indrykket forkert eller mangler '- ' foran. Ret indrykningen, så listens linjer står lige under hinanden"),
        (new(@"^While parsing a flow sequence, did not find expected ',' or '\]'"),
            "en liste i kantede parenteser lukkes aldrig. Afslut den med ']', fx [BSK, BYR]"),
        (new(@"^While parsing a flow mapping, did not find expected ',' or '\}'"),
            "en '{' lukkes aldrig. Afslut med '}', eller sæt værdien i anførselstegn"),
        (new(@"^While parsing a block mapping, did not find expected key"),
            "linjen er hverken en ny nøgle eller en del af værdien over den (fx tekst efter et afsluttende anførselstegn, en ']' for meget, eller forkert indrykning). Sæt hele værdien i anførselstegn, eller ret linjen"),
        (new(@"^While parsing a node, did not find expected node content"),
            "en værdi mangler efter et tegn, der lover en (fx ',' sidst i en liste). Skriv værdien, eller fjern tegnet"),
        (new(@"^While scanning for the next token, found character that cannot start any token"),
            "en værdi begynder med et tegn, der ikke må stå først (@, `, % eller lignende). Sæt værdien i anførselstegn"),
        (new(@"\btab\b"),
            "linjen er indrykket med tabulator. Brug mellemrum til indrykning"),
        (new(@"^Duplicate key (?<key>.+)$"),
            "nøglen '${key}' står to gange. Slet den ene"),
        (new(@"^The anchor '(?<anchor>[^']*)' does not exists?"),
            "'*${anchor}' læses som en henvisning til et YAML-anker, der ikke findes. Sæt værdien i anførselstegn, hvis '*' er en del af teksten"),
        (new(@"^While scanning an (anchor|alias)"),
            "'&' eller '*' først i en værdi læses som YAML-anker. Sæt værdien i anførselstegn"),
        (new(@"^While scanning a block scalar"),
            "teksten efter '|' eller '>' er indrykket forkert. Indryk alle dens linjer lige meget, eller skriv værdien på én linje i anførselstegn"),
    ];

    /// <summary>A Danish sentence (without final period) for a message of the YAML parser.</summary>
    public static string Danish(string english)
    {
        foreach (var (pattern, danish) in Known)
        {
            var match = pattern.Match(english);
            if (match.Success)
            {
                return match.Result(danish);
            }
        }
        return $"YAML kan ikke læse linjen ({english.TrimEnd('.')}). Tjek kolon, indrykning og anførselstegn";
    }
}
