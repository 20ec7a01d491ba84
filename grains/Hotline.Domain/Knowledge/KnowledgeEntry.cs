using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Knowledge;

/// <summary>
/// The knowledge-entry workflow (草稿 → 已审核 → 已发布 → 已下架) over a <see cref="KnowledgeEntryData"/>.
/// Every command checks everything first and only then mutates, so a refused command leaves the data untouched.
/// </summary>
public sealed class KnowledgeEntry
{
    public KnowledgeEntry(KnowledgeEntryData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
    }

    public KnowledgeEntryData Data { get; }

    public KnowledgeStatus Status => Data.Status;

    public KnowledgeRevision Working => Data.Revisions[^1];

    /// <summary>Writes version 1 as a draft. <paramref name="urgent"/> is the 应急征集 path.</summary>
    /// <exception cref="KnowledgeValidationException">The content is incomplete or malformed.</exception>
    public static KnowledgeEntry Create(string id, KnowledgeContent content, string author, DateTimeOffset now, bool urgent = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        var normalized = content.Normalized();
        var errors = KnowledgeValidator.Check(normalized, FieldErrors.ForActor(author))
            .Required("id", id, KnowledgeTexts.FieldId);
        if (errors.Any) throw new KnowledgeValidationException(errors.ToDictionary());

        var entry = new KnowledgeEntry(new KnowledgeEntryData { Id = id, Urgent = urgent, CreatedAt = now });
        entry.AddRevision(normalized, author, now);
        entry.Record(KnowledgeActions.Created, KnowledgeStatus.Draft, author, now);
        return entry;
    }

    /// <summary>True when seats may be offered this entry: published, not retired, inside its validity window.</summary>
    public bool IsOffered(DateTimeOffset now) => IsOfferedAt(Data, now);

    public static bool IsOfferedAt(KnowledgeEntryData data, DateTimeOffset now) =>
        data.Status != KnowledgeStatus.Retired && data.Published is { } published && published.IsValidAt(now);

    /// <summary>Writes revision n+1, which re-enters review; a published revision keeps being offered meanwhile.</summary>
    public KnowledgeResult Edit(KnowledgeContent content, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (RefuseIfRetired(KnowledgeTexts.CommandEdit) is { } refused) return refused;
        var normalized = content.Normalized();
        if (Invalid(KnowledgeValidator.Check(normalized, FieldErrors.ForActor(actor))) is { } invalid) return invalid;

        return Commit(() =>
        {
            AddRevision(normalized, actor, now);
            Record(KnowledgeActions.Edited, KnowledgeStatus.Draft, actor, now, KnowledgeTexts.Edited(Data.CurrentVersion));
        });
    }

    /// <summary>Reviews the working draft; the author of that revision may not review it.</summary>
    public KnowledgeResult Review(bool approved, string? note, string reviewer, DateTimeOffset now)
    {
        if (RefuseUnless(KnowledgeTexts.CommandReview, KnowledgeStatus.Draft) is { } refused) return refused;
        var errors = FieldErrors.ForActor(reviewer);
        if (!approved && string.IsNullOrWhiteSpace(note)) errors.Add("note", KnowledgeTexts.NoteRequiredOnReject);
        if (Invalid(errors) is { } invalid) return invalid;
        if (string.Equals(reviewer, Working.Author, StringComparison.Ordinal)) return Conflict(KnowledgeTexts.SelfReview);

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return Commit(() =>
        {
            if (!approved)
            {
                Record(KnowledgeActions.ReviewRejected, KnowledgeStatus.Draft, reviewer, now, trimmed);
                return;
            }
            Record(KnowledgeActions.ReviewApproved, KnowledgeStatus.Reviewed, reviewer, now, trimmed);
            if (Data.Urgent) PublishWorking(reviewer, now, KnowledgeTexts.UrgentPublished);
        });
    }

    /// <summary>Offers the reviewed working revision to seats.</summary>
    public KnowledgeResult Publish(string actor, DateTimeOffset now)
    {
        if (Status == KnowledgeStatus.Draft) return Conflict(KnowledgeTexts.PublishNeedsReview);
        if (RefuseUnless(KnowledgeTexts.CommandPublish, KnowledgeStatus.Reviewed) is { } refused) return refused;
        if (Invalid(FieldErrors.ForActor(actor)) is { } invalid) return invalid;
        return Commit(() => PublishWorking(actor, now, note: null));
    }

    /// <summary>Takes the entry down for good (no un-retire).</summary>
    public KnowledgeResult Retire(string reason, string actor, DateTimeOffset now)
    {
        if (RefuseIfRetired(KnowledgeTexts.CommandRetire) is { } refused) return refused;
        var errors = FieldErrors.ForActor(actor).Required("reason", reason, KnowledgeTexts.FieldReason);
        if (Invalid(errors) is { } invalid) return invalid;

        return Commit(() =>
        {
            Data.RetiredAt = now;
            Data.RetiredReason = reason.Trim();
            Record(KnowledgeActions.Retired, KnowledgeStatus.Retired, actor, now, Data.RetiredReason);
        });
    }

    /// <summary>Counts an answer given from this entry. Not a change of the entry, so no history record.</summary>
    public KnowledgeResult RecordHit(DateTimeOffset now)
    {
        if (!IsOffered(now)) return Conflict(KnowledgeTexts.NotOffered);
        Data.Hits++;
        Data.LastHitAt = now;
        return KnowledgeResult.Success([]);
    }

    private void PublishWorking(string actor, DateTimeOffset now, string? note)
    {
        Data.Published = Working.Content;
        Data.PublishedVersion = Working.Version;
        Data.PublishedAt = now;
        Record(KnowledgeActions.Published, KnowledgeStatus.Published, actor, now, note);
    }

    private void AddRevision(KnowledgeContent content, string author, DateTimeOffset now) =>
        Data.Revisions.Add(new KnowledgeRevision { Version = Data.CurrentVersion + 1, Content = content, Author = author, At = now });

    private void Record(string action, KnowledgeStatus status, string actor, DateTimeOffset now, string? note = null)
    {
        Data.Status = status;
        Data.History.Add(new KnowledgeHistoryRecord
        {
            Sequence = Data.History.Count + 1,
            Version = Data.CurrentVersion,
            Action = action,
            Status = status,
            Actor = actor,
            At = now,
            Note = note,
        });
    }

    private KnowledgeResult Commit(Action apply)
    {
        var mark = Data.History.Count;
        apply();
        return KnowledgeResult.Success(Data.History.GetRange(mark, Data.History.Count - mark));
    }

    private KnowledgeResult? RefuseUnless(string command, KnowledgeStatus allowed)
    {
        if (RefuseIfRetired(command) is { } retired) return retired;
        return Status == allowed ? null : Conflict(KnowledgeTexts.NotAllowed(command, Status));
    }

    private KnowledgeResult? RefuseIfRetired(string command) =>
        Status == KnowledgeStatus.Retired ? Conflict(KnowledgeTexts.Retired(command)) : null;

    private KnowledgeResult Conflict(string message) => KnowledgeResult.Failure(KnowledgeError.Conflict(message, Status));

    private KnowledgeResult? Invalid(FieldErrors errors) =>
        errors.Any ? KnowledgeResult.Failure(KnowledgeError.Invalid(errors.ToDictionary(), Status)) : null;
}
