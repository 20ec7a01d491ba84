using Hotline.Domain.Knowledge;
using static Hotline.Domain.Tests.Knowledge.Entries;

namespace Hotline.Domain.Tests.Knowledge;

public sealed class KnowledgeWorkflowTests
{
    [Fact]
    public void Create_writes_version_one_as_a_draft_that_is_not_offered()
    {
        var entry = Draft();

        Assert.Equal(KnowledgeStatus.Draft, entry.Status);
        Assert.Equal(1, entry.Data.CurrentVersion);
        Assert.Equal(Author, entry.Working.Author);
        Assert.Null(entry.Data.Published);
        Assert.False(entry.IsOffered(T0));
        var created = Assert.Single(entry.Data.History);
        Assert.Equal((1, 1, KnowledgeActions.Created, KnowledgeStatus.Draft, Author), (created.Sequence, created.Version, created.Action, created.Status, created.Actor));
    }

    [Fact]
    public void Review_then_publish_offers_the_entry()
    {
        var entry = Draft();

        var review = Ok(entry.Review(true, "内容准确", Reviewer, Minutes(1)));
        Assert.Equal(KnowledgeStatus.Reviewed, entry.Status);
        Assert.False(entry.IsOffered(Minutes(1)));
        Assert.Equal(KnowledgeActions.ReviewApproved, Assert.Single(review.History).Action);

        var publish = Ok(entry.Publish(Publisher, Minutes(2)));
        Assert.Equal(KnowledgeStatus.Published, entry.Status);
        Assert.True(entry.IsOffered(Minutes(2)));
        Assert.Equal(1, entry.Data.PublishedVersion);
        Assert.Equal(Minutes(2), entry.Data.PublishedAt);
        Assert.Equal(KnowledgeActions.Published, Assert.Single(publish.History).Action);
        Assert.Equal([1, 2, 3], entry.Data.History.Select(h => h.Sequence));
    }

    [Fact]
    public void The_author_cannot_review_their_own_revision()
    {
        var entry = Draft();

        var error = Refused(entry.Review(true, null, Author, Minutes(1)), KnowledgeErrorKind.Conflict);

        Assert.Equal(KnowledgeTexts.SelfReview, error.Message);
        Assert.Equal(KnowledgeStatus.Draft, error.CurrentStatus);
        Assert.Single(entry.Data.History);
    }

    [Fact]
    public void The_author_of_the_current_revision_is_the_one_who_may_not_review()
    {
        var entry = Draft();
        Ok(entry.Edit(Content("供暖期为每年11月1日至次年3月31日，遇寒潮可提前供热。"), Reviewer, Minutes(1)));

        Refused(entry.Review(true, null, Reviewer, Minutes(2)), KnowledgeErrorKind.Conflict);
        Ok(entry.Review(true, null, Author, Minutes(3)));
    }

    [Fact]
    public void A_rejection_needs_a_note_and_keeps_the_draft()
    {
        var entry = Draft();

        var error = Refused(entry.Review(false, "  ", Reviewer, Minutes(1)), KnowledgeErrorKind.Invalid);
        Assert.Equal([KnowledgeTexts.NoteRequiredOnReject], error.FieldErrors["note"]);

        var rejected = Ok(entry.Review(false, "请补充政策依据", Reviewer, Minutes(2)));
        Assert.Equal(KnowledgeStatus.Draft, entry.Status);
        var record = Assert.Single(rejected.History);
        Assert.Equal((KnowledgeActions.ReviewRejected, "请补充政策依据", Reviewer), (record.Action, record.Note, record.Actor));
    }

    [Fact]
    public void Urgent_entries_publish_on_one_approving_review()
    {
        var entry = Draft(urgent: true);

        var result = Ok(entry.Review(true, null, Reviewer, Minutes(1)));

        Assert.Equal(KnowledgeStatus.Published, entry.Status);
        Assert.True(entry.IsOffered(Minutes(1)));
        Assert.Equal([KnowledgeActions.ReviewApproved, KnowledgeActions.Published], result.History.Select(h => h.Action));
        Assert.Equal(KnowledgeTexts.UrgentPublished, result.History[1].Note);
    }

    [Fact]
    public void An_urgent_entry_rejected_stays_a_draft()
    {
        var entry = Draft(urgent: true);

        Ok(entry.Review(false, "口径待确认", Reviewer, Minutes(1)));

        Assert.Equal(KnowledgeStatus.Draft, entry.Status);
        Assert.False(entry.IsOffered(Minutes(1)));
    }

    [Theory]
    [InlineData(KnowledgeStatus.Draft)]
    [InlineData(KnowledgeStatus.Published)]
    [InlineData(KnowledgeStatus.Retired)]
    public void Publish_is_only_allowed_from_reviewed(KnowledgeStatus status)
    {
        var entry = InStatus(status);
        var history = entry.Data.History.Count;

        var error = Refused(entry.Publish(Publisher, Minutes(10)), KnowledgeErrorKind.Conflict);

        Assert.Equal(status, error.CurrentStatus);
        Assert.Equal(history, entry.Data.History.Count);
    }

    [Theory]
    [InlineData(KnowledgeStatus.Reviewed)]
    [InlineData(KnowledgeStatus.Published)]
    [InlineData(KnowledgeStatus.Retired)]
    public void Review_is_only_allowed_in_draft(KnowledgeStatus status)
    {
        var entry = InStatus(status);

        Assert.Equal(status, Refused(entry.Review(true, null, "other", Minutes(10)), KnowledgeErrorKind.Conflict).CurrentStatus);
    }

    [Theory]
    [InlineData(KnowledgeStatus.Draft)]
    [InlineData(KnowledgeStatus.Reviewed)]
    [InlineData(KnowledgeStatus.Published)]
    public void Edit_appends_a_version_and_reenters_draft(KnowledgeStatus status)
    {
        var entry = InStatus(status);
        var version = entry.Data.CurrentVersion;

        var result = Ok(entry.Edit(Content("新的答复口径：供暖期为每年11月1日至次年3月31日。"), "editor-2", Minutes(10)));

        Assert.Equal(KnowledgeStatus.Draft, entry.Status);
        Assert.Equal(version + 1, entry.Data.CurrentVersion);
        Assert.Equal("editor-2", entry.Working.Author);
        var record = Assert.Single(result.History);
        Assert.Equal((KnowledgeActions.Edited, version + 1), (record.Action, record.Version));
    }

    [Fact]
    public void Editing_a_published_entry_keeps_offering_the_published_revision_until_republished()
    {
        var entry = Published();
        const string revised = "自2025年起供暖期调整为每年10月25日至次年4月5日。";

        Ok(entry.Edit(Content(revised), Author, Minutes(10)));

        Assert.True(entry.IsOffered(Minutes(10)));
        Assert.True(entry.Data.HasPendingRevision);
        Assert.Equal(1, entry.Data.PublishedVersion);
        Assert.Equal(Content().Answer, entry.Data.Published!.Answer);
        Assert.Equal(revised, entry.Working.Content.Answer);

        Ok(entry.Review(true, null, Reviewer, Minutes(11)));
        Assert.Equal(Content().Answer, entry.Data.Published!.Answer);

        Ok(entry.Publish(Publisher, Minutes(12)));
        Assert.Equal(revised, entry.Data.Published!.Answer);
        Assert.Equal(2, entry.Data.PublishedVersion);
        Assert.False(entry.Data.HasPendingRevision);
    }

    [Theory]
    [InlineData(KnowledgeStatus.Draft)]
    [InlineData(KnowledgeStatus.Reviewed)]
    [InlineData(KnowledgeStatus.Published)]
    public void Retire_works_from_any_live_state_and_is_final(KnowledgeStatus status)
    {
        var entry = InStatus(status);

        var result = Ok(entry.Retire("政策已废止", Publisher, Minutes(10)));

        Assert.Equal(KnowledgeStatus.Retired, entry.Status);
        Assert.Equal(("政策已废止", Minutes(10)), (entry.Data.RetiredReason, entry.Data.RetiredAt));
        Assert.Equal(KnowledgeActions.Retired, Assert.Single(result.History).Action);
        Assert.False(entry.IsOffered(Minutes(10)));
        Assert.False(entry.IsOffered(Minutes(60 * 24 * 365)));
        Refused(entry.Retire("再次下架", Publisher, Minutes(11)), KnowledgeErrorKind.Conflict);
        Refused(entry.Edit(Content(), Author, Minutes(12)), KnowledgeErrorKind.Conflict);
        Refused(entry.Review(true, null, Reviewer, Minutes(13)), KnowledgeErrorKind.Conflict);
        Refused(entry.Publish(Publisher, Minutes(14)), KnowledgeErrorKind.Conflict);
        Refused(entry.RecordHit(Minutes(15)), KnowledgeErrorKind.Conflict);
    }

    [Fact]
    public void A_retired_entry_with_a_published_revision_is_never_offered()
    {
        var entry = Published();
        Assert.True(entry.IsOffered(Minutes(5)));

        Ok(entry.Retire("内容过时", Publisher, Minutes(10)));

        Assert.NotNull(entry.Data.Published);
        Assert.False(entry.IsOffered(Minutes(10)));
        Assert.False(KnowledgeEntry.IsOfferedAt(entry.Data, Minutes(10)));
    }

    [Fact]
    public void Retire_needs_a_reason()
    {
        var entry = Published();

        var error = Refused(entry.Retire(" ", Publisher, Minutes(10)), KnowledgeErrorKind.Invalid);

        Assert.True(error.FieldErrors.ContainsKey("reason"));
        Assert.Equal(KnowledgeStatus.Published, entry.Status);
    }

    [Fact]
    public void Hits_count_only_while_offered()
    {
        var draft = Draft();
        Refused(draft.RecordHit(Minutes(1)), KnowledgeErrorKind.Conflict);
        Assert.Equal(0, draft.Data.Hits);

        var entry = Published();
        var history = entry.Data.History.Count;
        Ok(entry.RecordHit(Minutes(3)));
        Ok(entry.RecordHit(Minutes(4)));

        Assert.Equal(2, entry.Data.Hits);
        Assert.Equal(Minutes(4), entry.Data.LastHitAt);
        Assert.Equal(history, entry.Data.History.Count);
    }

    [Fact]
    public void Not_found_is_a_result_kind_for_the_grain()
    {
        var result = KnowledgeResult.NotFound("KB-404");

        Assert.Equal(KnowledgeErrorKind.NotFound, result.Error!.Kind);
        Assert.Contains("KB-404", result.Error.Message);
        Assert.Null(result.Error.CurrentStatus);
    }

    internal static KnowledgeEntry InStatus(KnowledgeStatus status)
    {
        var entry = Draft();
        if (status == KnowledgeStatus.Draft) return entry;
        Ok(entry.Review(true, null, Reviewer, Minutes(1)));
        if (status == KnowledgeStatus.Reviewed) return entry;
        Ok(entry.Publish(Publisher, Minutes(2)));
        if (status == KnowledgeStatus.Published) return entry;
        Ok(entry.Retire("政策已废止", Publisher, Minutes(3)));
        return entry;
    }
}
