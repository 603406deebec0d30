using System.Collections.Immutable;
using Referater.Site.Content;
using Referater.Site.Linking;
using Referater.Site.Pipeline;
using Referater.Site.Rendering;
using Referater.Site.Validation;

namespace Referater.Site.Publishing;

/// <summary>
/// How each record of the cache is written and read: its data, field by field in the order of its declaration, and
/// nothing it computes from them. Each type's writer and reader stand together; a field added to a record is added to
/// both (<c>CacheRecordsTests</c> lists every field the records hold, and fails on one this class does not know).
/// </summary>
public static class CacheRecords
{
    /// <summary>A page's ids and links stand in a block of their own, read only when asked for (<see cref="FileRecord.Page"/>).</summary>
    public static void Write(CacheWriter writer, FileRecord file)
    {
        writer.Write(file.Fingerprint);
        writer.Write(file.Length);
        writer.WriteOptional(file.Page, static (w, page) => w.WriteBlock(page, Write));
        writer.Write(file.PartTable, Write);
    }

    public static FileRecord ReadFileRecord(CacheReader reader) =>
        new(reader.ReadString(), reader.ReadLong(), reader.ReadBool() ? reader.ReadBlock() : ReadOnlyMemory<byte>.Empty) { PartTable = reader.ReadArray(ReadPart) };

    /// <summary>
    /// A page's block, read when the build first asks for it. The manifest's parts were checked whole when the cache was
    /// opened (<see cref="BuildCache"/>), so a block that does not read as written is a fault of the generator, not damage.
    /// </summary>
    public static PageRecord ReadStoredPage(ReadOnlyMemory<byte> block)
    {
        var reader = new CacheReader(block);
        var page = ReadPage(reader);
        return reader.AtEnd ? page : throw reader.Damaged("the end of a page's record");
    }

    public static void Write(CacheWriter writer, FilePartRecord part)
    {
        writer.Write(part.Key);
        writer.Write(part.Offset);
        writer.Write(part.Length);
    }

    public static FilePartRecord ReadPart(CacheReader reader) => new(reader.ReadString(), reader.ReadInt(), reader.ReadInt());

    public static void Write(CacheWriter writer, PageRecord page)
    {
        writer.Write(page.Component);
        writer.Write(page.Ids);
        writer.Write(page.Links, Write);
        writer.Write(page.Sources, Write);
    }

    public static PageRecord ReadPage(CacheReader reader) =>
        new(reader.ReadString(), reader.ReadStrings(), reader.ReadArray(ReadLink), reader.ReadArray(ReadLinkSource));

    public static void Write(CacheWriter writer, PageLink link)
    {
        writer.Write(link.Attribute);
        writer.Write(link.Value);
        writer.Write(link.Line);
        writer.Write(link.Column);
    }

    public static PageLink ReadLink(CacheReader reader) => new(reader.ReadString(), reader.ReadString(), reader.ReadInt(), reader.ReadInt());

    public static void Write(CacheWriter writer, LinkSource source)
    {
        writer.Write(source.Url);
        writer.Write(source.File);
        writer.Write(source.Line);
        writer.Write(source.Column);
    }

    public static LinkSource ReadLinkSource(CacheReader reader) => new(reader.ReadString(), reader.ReadString(), reader.ReadInt(), reader.ReadInt());

    public static void Write(CacheWriter writer, MeetingRecord meeting)
    {
        writer.Write(meeting.Fingerprint);
        writer.Write(meeting.SummaryFingerprint);
        Write(writer, meeting.Summary);
        writer.Write(meeting.References, Write);
        writer.Write(meeting.Paths);
        writer.Write(meeting.Pages, Write);
        writer.Write(meeting.SearchPages);
        writer.Write(meeting.Problems, Write);
    }

    public static MeetingRecord ReadMeetingRecord(CacheReader reader) =>
        new(reader.ReadString(), reader.ReadString(), ReadMeetingView(reader), reader.ReadArray(ReadReferenceDependency),
            reader.ReadStrings(), reader.ReadArray(ReadPageEntry), reader.ReadStrings(), reader.ReadArray(ReadDiagnostic));

    public static void Write(CacheWriter writer, MeetingView meeting)
    {
        Write(writer, meeting.Committee);
        Write(writer, meeting.Date);
        writer.WriteOptional(meeting.Time, Write);
        writer.Write(meeting.Place);
        writer.Write((int)meeting.Kind);
        writer.Write(meeting.Absentees);
        writer.Write(meeting.IntroHtml);
        writer.Write(meeting.Items, Write);
        writer.Write(meeting.Url);
        writer.WriteOptional(meeting.EndTime, Write);
        writer.Write(meeting.Address);
    }

    public static MeetingView ReadMeetingView(CacheReader reader) =>
        new(ReadCommittee(reader), ReadDate(reader), reader.ReadOptionalValue(ReadTime), reader.ReadOptionalString(), ReadKind(reader),
            reader.ReadStrings(), reader.ReadString(), reader.ReadArray(ReadAgendaItemView), reader.ReadString())
        {
            EndTime = reader.ReadOptionalValue(ReadTime),
            Address = reader.ReadOptionalString(),
        };

    /// <summary>Without the case (<see cref="AgendaItemView.Case"/>): every build joins the cases to the summaries again.</summary>
    public static void Write(CacheWriter writer, AgendaItemView item)
    {
        writer.Write(item.Number);
        writer.Write(item.Title);
        writer.Write(item.IsClosed);
        writer.WriteOptional(item.CaseNumber, Write);
        writer.Write(item.Caseworker);
        writer.Write(item.OtherCaseworkers);
        writer.WriteOptional(item.Grid, Write);
        writer.Write(item.Sections, Write);
        writer.Write(item.Attachments, Write);
        writer.Write(item.Url);
    }

    public static AgendaItemView ReadAgendaItemView(CacheReader reader) =>
        new(reader.ReadInt(), reader.ReadString(), reader.ReadBool(), reader.ReadOptional(ReadCaseNumber), reader.ReadOptionalString(),
            reader.ReadStrings(), reader.ReadOptional(ReadGrid), reader.ReadArray(ReadSection), reader.ReadArray(ReadAttachmentView), reader.ReadString());

    public static void Write(CacheWriter writer, GridView grid) => writer.Write(grid.Columns, Write);

    public static GridView ReadGrid(CacheReader reader) => new(reader.ReadArray(ReadGridColumn));

    public static void Write(CacheWriter writer, GridColumn column)
    {
        writer.Write(column.Code);
        writer.Write(column.Name);
        writer.Write(column.Marked);
    }

    public static GridColumn ReadGridColumn(CacheReader reader) => new(reader.ReadString(), reader.ReadString(), reader.ReadBool());

    public static void Write(CacheWriter writer, SectionView section)
    {
        writer.Write(section.Heading);
        writer.Write(section.Id);
        writer.Write(section.Html);
        writer.Write(section.Text);
        writer.Write(section.IsDecision);
    }

    public static SectionView ReadSection(CacheReader reader) =>
        new(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadBool());

    public static void Write(CacheWriter writer, AttachmentView attachment)
    {
        writer.Write(attachment.Title);
        writer.Write(attachment.Url);
        writer.Write(attachment.FileType);
        writer.WriteOptional(attachment.Bytes, static (w, bytes) => w.Write(bytes));
    }

    public static AttachmentView ReadAttachmentView(CacheReader reader) =>
        new(reader.ReadString(), reader.ReadOptionalString())
        {
            FileType = reader.ReadOptionalString(),
            Bytes = reader.ReadOptionalValue(static r => r.ReadLong()),
        };

    public static void Write(CacheWriter writer, ReferenceDependency dependency)
    {
        Write(writer, dependency.Reference);
        Write(writer, dependency.Committee);
        Write(writer, dependency.Date);
        writer.Write(dependency.Url);
    }

    public static ReferenceDependency ReadReferenceDependency(CacheReader reader) =>
        new(ReadReference(reader), ReadCommittee(reader), ReadDate(reader), reader.ReadOptionalString());

    public static void Write(CacheWriter writer, Reference reference)
    {
        writer.Write(reference.Start);
        writer.Write(reference.Length);
        writer.Write(reference.Text);
        writer.WriteOptional(reference.Committee, Write);
        writer.Write(reference.Day);
        writer.Write(reference.Month);
        writer.WriteOptional(reference.Year, static (w, year) => w.Write(year));
        writer.WriteOptional(reference.Number, static (w, number) => w.Write(number));
    }

    public static Reference ReadReference(CacheReader reader) =>
        new(reader.ReadInt(), reader.ReadInt(), reader.ReadString(), reader.ReadOptional(ReadCommittee), reader.ReadInt(), reader.ReadInt(),
            reader.ReadOptionalValue(static r => r.ReadInt()), reader.ReadOptionalValue(static r => r.ReadInt()));

    public static void Write(CacheWriter writer, PageEntry page)
    {
        writer.Write(page.Path);
        writer.Write(page.Component);
    }

    /// <summary>A page's component is named by its type: a name that names none is damage, found here rather than when the page is listed.</summary>
    public static PageEntry ReadPageEntry(CacheReader reader)
    {
        var entry = new PageEntry(reader.ReadString(), reader.ReadString());
        return typeof(PageEntry).Assembly.GetType(entry.Component, throwOnError: false) is not null ? entry : throw reader.Damaged("a page's component");
    }

    public static void Write(CacheWriter writer, SourceRecord source)
    {
        writer.Write(source.Fingerprint);
        writer.Write(source.Paths);
        writer.Write(source.Pages, Write);
    }

    public static SourceRecord ReadSourceRecord(CacheReader reader) => new(reader.ReadString(), reader.ReadStrings(), reader.ReadArray(ReadPageEntry));

    public static void Write(CacheWriter writer, LoadedMeeting loaded)
    {
        writer.Write(loaded.Key);
        Write(writer, loaded.Meeting);
        writer.Write(loaded.Problems, Write);
        writer.Write(loaded.Stamps);
    }

    public static LoadedMeeting ReadLoadedMeeting(CacheReader reader) =>
        new(reader.ReadString(), ReadMeeting(reader), reader.ReadArray(ReadDiagnostic)) { Stamps = reader.ReadOptionalString() };

    /// <summary>The files read in the order of their names, so that the same meeting is written the same way.</summary>
    public static void Write(CacheWriter writer, Meeting meeting)
    {
        Write(writer, meeting.Committee);
        Write(writer, meeting.Date);
        writer.WriteOptional(meeting.Time, Write);
        writer.Write(meeting.Place);
        writer.Write((int)meeting.Kind);
        writer.Write(meeting.Absentees);
        writer.Write(meeting.GridColumns);
        writer.WriteOptional(meeting.Intro, Write);
        writer.Write(meeting.Items, Write);
        writer.Write(meeting.SourceDirectory);
        writer.WriteOptional(meeting.EndTime, Write);
    }

    public static Meeting ReadMeeting(CacheReader reader) =>
        new(ReadCommittee(reader), ReadDate(reader), reader.ReadOptionalValue(ReadTime), reader.ReadOptionalString(), ReadKind(reader),
            reader.ReadStrings(), reader.ReadStrings(), reader.ReadOptional(ReadText), reader.ReadArray(ReadAgendaItem), reader.ReadString())
        {
            EndTime = reader.ReadOptionalValue(ReadTime),
        };

    /// <summary>An open punkt's metadata: the loader keeps closed punkter out of the cache, and this refuses one that gets here.</summary>
    public static void Write(CacheWriter writer, AgendaItem item)
    {
        if (item.IsClosed)
        {
            throw new InvalidOperationException($"A closed punkt ({item.SourceFile}) may not be written to the cache.");
        }
        writer.Write(item.Number);
        writer.Write(item.Title);
        writer.WriteOptional(item.CaseNumber, Write);
        writer.Write(item.GridColumns);
        writer.WriteOptional(item.MarkedColumns, static (w, columns) => w.Write(columns));
        writer.Write(item.Caseworker);
        writer.Write(item.OtherCaseworkers);
        writer.Write(item.IsClosed);
        writer.WriteOptional(item.PublicDecision, Write);
        writer.Write(item.Attachments, Write);
        writer.Write(item.SourceFile);
    }

    public static AgendaItem ReadAgendaItem(CacheReader reader) =>
        new(reader.ReadInt(), reader.ReadString(), reader.ReadOptional(ReadCaseNumber), reader.ReadStrings(),
            reader.ReadOptionalValue(static r => r.ReadStrings()), reader.ReadOptionalString(), reader.ReadStrings(), reader.ReadBool(),
            reader.ReadOptional(ReadText), reader.ReadArray(ReadAttachment), reader.ReadString());

    public static void Write(CacheWriter writer, Attachment attachment)
    {
        writer.Write(attachment.Title);
        writer.Write(attachment.File);
        writer.Write(attachment.Line);
    }

    public static Attachment ReadAttachment(CacheReader reader) => new(reader.ReadString(), reader.ReadOptionalString()) { Line = reader.ReadInt() };

    public static void Write(CacheWriter writer, TextAt text)
    {
        writer.Write(text.Markdown);
        writer.Write(text.Line);
    }

    public static TextAt ReadText(CacheReader reader) => new(reader.ReadString(), reader.ReadInt());

    public static void Write(CacheWriter writer, Diagnostic diagnostic)
    {
        writer.Write(diagnostic.File);
        writer.Write(diagnostic.Line);
        writer.Write(diagnostic.Column);
        writer.Write((int)diagnostic.Severity);
        writer.Write(diagnostic.Code);
        writer.Write(diagnostic.Message);
    }

    public static Diagnostic ReadDiagnostic(CacheReader reader) =>
        new(reader.ReadString(), reader.ReadInt(), reader.ReadInt(), ReadEnum<Severity>(reader), reader.ReadString(), reader.ReadString());

    public static void Write(CacheWriter writer, FileDigestRecord digest)
    {
        writer.Write(digest.Length);
        writer.Write(digest.Written);
        writer.Write(digest.Digest);
    }

    public static FileDigestRecord ReadDigest(CacheReader reader)
    {
        var digest = new FileDigestRecord(reader.ReadLong(), reader.ReadLong(), reader.ReadString());
        return digest.Written >= 0 && digest.Written <= DateTime.MaxValue.Ticks ? digest : throw reader.Damaged("a file's time of writing");
    }

    public static void Write(CacheWriter writer, Committee committee)
    {
        writer.Write(committee.Slug);
        writer.Write(committee.Name);
        writer.Write(committee.Code);
    }

    public static Committee ReadCommittee(CacheReader reader) => new(reader.ReadString(), reader.ReadString(), reader.ReadOptionalString());

    public static void Write(CacheWriter writer, CaseNumber number) => writer.Write(number.Value);

    public static CaseNumber ReadCaseNumber(CacheReader reader) => new(reader.ReadString());

    private static void Write(CacheWriter writer, DateOnly date) => writer.Write(date.DayNumber);

    private static DateOnly ReadDate(CacheReader reader) =>
        reader.ReadInt() is var day && day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber(day)
            : throw reader.Damaged("a date");

    private static void Write(CacheWriter writer, TimeOnly time) => writer.Write(time.Ticks);

    private static TimeOnly ReadTime(CacheReader reader) =>
        reader.ReadLong() is var ticks && ticks >= 0 && ticks <= TimeOnly.MaxValue.Ticks
            ? new TimeOnly(ticks)
            : throw reader.Damaged("a time of day");

    private static MeetingKind ReadKind(CacheReader reader) => ReadEnum<MeetingKind>(reader);

    /// <summary>The enums of the records are ints (<see cref="MeetingKind"/>, <see cref="Severity"/>).</summary>
    private static T ReadEnum<T>(CacheReader reader)
        where T : struct, Enum =>
        reader.ReadInt() is var value && Enum.IsDefined(typeof(T), value)
            ? (T)Enum.ToObject(typeof(T), value)
            : throw reader.Damaged($"a {typeof(T).Name}");
}
