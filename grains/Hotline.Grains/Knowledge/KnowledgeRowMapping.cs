using Hotline.Contracts.Knowledge;
using Hotline.Domain;
using Hotline.Domain.Knowledge;

namespace Hotline.Grains.Knowledge;

/// <summary>Maps the domain's entry to its read-model row and to the contract snapshot.</summary>
public static class KnowledgeRowMapping
{
    public static KnowledgeRow ToRow(this KnowledgeEntryData data, DateTimeOffset now)
    {
        var working = data.Revisions[^1];
        var published = data.Status != KnowledgeStatus.Retired ? data.Published : null;
        return new KnowledgeRow
        {
            Id = data.Id,
            Status = Codes.Of(data.Status),
            Urgent = data.Urgent,
            WorkingQuestion = working.Content.Question,
            WorkingAuthor = working.Author,
            Version = data.CurrentVersion,
            UpdatedAt = now,
            Changes = data.Changes,
            Offered = published is not null,
            Question = published?.Question ?? "",
            Answer = published?.Answer ?? "",
            CategoryCode = published?.CategoryCode ?? working.Content.CategoryCode,
            Departments = published?.Departments ?? [],
            Tags = published?.Tags ?? [],
            ValidFrom = published?.ValidFrom,
            ValidUntil = published?.ValidUntil,
            PublishedVersion = data.PublishedVersion ?? 0,
            Hits = data.Hits,
        };
    }

    /// <summary>An imported row becomes a published version 1, authored by the import.</summary>
    public static KnowledgeEntryData FromImported(KnowledgeRow row)
    {
        var content = ToContent(row);
        return new KnowledgeEntryData
        {
            Id = row.Id,
            Status = KnowledgeStatus.Published,
            CreatedAt = row.UpdatedAt,
            Revisions = [new KnowledgeRevision { Version = 1, Content = content, Author = row.WorkingAuthor, At = row.UpdatedAt }],
            Published = content,
            PublishedVersion = 1,
            PublishedAt = row.UpdatedAt,
            Hits = row.Hits,
            Changes = row.Changes,
            History = [new KnowledgeHistoryRecord { Sequence = 1, Version = 1, Action = KnowledgeActions.Published, Status = KnowledgeStatus.Published, Actor = row.WorkingAuthor, At = row.UpdatedAt, Note = KnowledgeImport.Note }],
        };
    }

    public static KnowledgeContent ToContent(KnowledgeRow row) => new()
    {
        Question = row.Question,
        Answer = row.Answer,
        CategoryCode = row.CategoryCode,
        Departments = row.Departments,
        Tags = row.Tags,
        ValidFrom = row.ValidFrom,
        ValidUntil = row.ValidUntil,
    };

    public static KnowledgeContent ToDomain(this KnowledgeContentDto dto) => new()
    {
        Question = dto.Question ?? "",
        Answer = dto.Answer ?? "",
        CategoryCode = dto.CategoryCode ?? "",
        Departments = dto.Departments ?? [],
        Tags = dto.Tags ?? [],
        ValidFrom = dto.ValidFrom,
        ValidUntil = dto.ValidUntil,
    };

    public static KnowledgeContentDto ToDto(this KnowledgeContent content) =>
        new(content.Question, content.Answer, content.CategoryCode, [.. content.Departments], [.. content.Tags], content.ValidFrom, content.ValidUntil);

    public static KnowledgeEntrySnapshot ToSnapshot(this KnowledgeEntryData data, DateTimeOffset now, string? categoryText) => new()
    {
        Id = data.Id,
        Status = Codes.Of(data.Status),
        StatusText = KnowledgeTexts.StatusText(data.Status),
        Urgent = data.Urgent,
        Version = data.CurrentVersion,
        Working = data.Revisions[^1].Content.ToDto(),
        WorkingAuthor = data.Revisions[^1].Author,
        Published = data.Published?.ToDto(),
        PublishedVersion = data.PublishedVersion,
        Offered = KnowledgeEntry.IsOfferedAt(data, now),
        Hits = data.Hits,
        LastHitAt = data.LastHitAt,
        CategoryText = categoryText,
        CreatedAt = data.CreatedAt,
        History = data.History.Select(h => new KnowledgeHistoryEntry(h.Version, h.Action, Codes.Of(h.Status), h.Actor, h.At, h.Note)).ToArray(),
    };
}
