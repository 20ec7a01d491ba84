using Hotline.Domain.Duplicates;
using static Hotline.Domain.Tests.Duplicates.Matters;

namespace Hotline.Domain.Tests.Duplicates;

public sealed class FinalReplyLockTests
{
    private static PriorOrder Final(PriorOrder prior, double daysAgo = 400) => prior with
    {
        FinalReply = true,
        FinalReplyText = "经核实，该楼栋供热参数符合标准，室温达标。",
        FinalReplyEvidence = ["temperature.jpg"],
        FinalReplyDepartment = "市供热公司",
        FinalReplyAt = Now.AddDays(-daysAgo),
    };

    [Fact]
    public void The_same_matter_with_a_final_reply_is_locked_however_long_ago()
    {
        var prior = Final(Prior("WO-1", daysAgo: 420, open: false));

        var locked = FinalReplyLock.Check(Intake(), [prior], Options);

        Assert.Same(prior, locked);
        var message = DuplicateTexts.FinalReplyLocked(locked!);
        Assert.Contains("WO-1", message);
        Assert.Contains("市供热公司", message);
        Assert.Contains("室温达标", message);
    }

    [Fact]
    public void A_different_matter_is_not_locked()
    {
        Assert.Null(FinalReplyLock.Check(Intake(), [Final(Unrelated("WO-1", 30, open: false))], Options));
        Assert.Null(FinalReplyLock.Check(Intake(), [Final(Prior("WO-2", 30, open: false, topic: "供水"))], Options));
    }

    [Fact]
    public void Without_a_final_reply_nothing_is_locked()
    {
        Assert.Null(FinalReplyLock.Check(Intake(), [Prior("WO-1", 30, open: false)], Options));
    }

    [Fact]
    public void Another_callers_final_reply_does_not_lock()
    {
        Assert.Null(FinalReplyLock.Check(Intake(), [Final(Prior("WO-1", 30, open: false, phone: OtherPhone))], Options));
    }

    [Fact]
    public void The_latest_final_reply_is_shown()
    {
        var older = Final(Prior("WO-1", 400, open: false), daysAgo: 390);
        var newer = Final(Prior("WO-2", 100, open: false), daysAgo: 90);

        Assert.Equal("WO-2", FinalReplyLock.Check(Intake(), [older, newer], Options)?.Id);
    }
}
