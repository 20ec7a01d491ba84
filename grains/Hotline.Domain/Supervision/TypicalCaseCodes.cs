namespace Hotline.Domain.Supervision;

/// <summary>The typical-problem flags (典型问题) of the supervision report. Stored and streamed, so never renamed.</summary>
public static class TypicalCaseCodes
{
    /// <summary>推诿: returned (退单) two or more times.</summary>
    public const string PushBack = "push-back";

    /// <summary>慢作为: an accept clock ended late or breached.</summary>
    public const string SlowResponse = "slow-response";

    /// <summary>超期: a completion or same-day clock breached.</summary>
    public const string Overdue = "overdue";

    /// <summary>敷衍: the centre failed a reply as perfunctory, or the caller was dissatisfied and said the problem is not solved.</summary>
    public const string Perfunctory = "perfunctory";

    /// <summary>In report order.</summary>
    public static readonly IReadOnlyList<string> All = [PushBack, SlowResponse, Overdue, Perfunctory];
}
