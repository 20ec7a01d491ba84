using Hotline.Domain;
using Hotline.Domain.Categories;
using Hotline.Domain.Reference;
using Hotline.Domain.Reviews;

namespace Hotline.Domain.Tests.Reviews;

/// <summary>Replies and rules as the review tests build them, and the city's data files.</summary>
internal static class Replies
{
    public static CategoryTree Categories { get; } = CategoryTree.Load(DataDirectory.Default);
    public static ReferenceData Reference { get; } = ReferenceData.LoadDefault(DataDirectory.Default);

    /// <summary>A heating complaint (室温不达标) replied by 离石区集中供热公司.</summary>
    public static ReplyUnderReview Heating(string content, int evidence = 0, bool final = false) => new()
    {
        OrderId = "2026113000001",
        Topic = "供热",
        CategoryCode = "0101010101",
        Department = "RL-LS",
        OrderTitle = "暖气不热",
        OrderContent = "家中暖气片温度很低，室温只有 14 度。",
        Content = content,
        Evidence = Enumerable.Range(1, evidence).Select(i => $"/api/evidence/E{i}").ToArray(),
        Final = final,
    };

    public static ReviewRule Rule(string id, string kind, string[]? terms = null, int? min = null, RuleMatch? match = null,
        ReviewStage[]? stages = null, bool blocking = true) => new()
    {
        Id = id,
        Name = $"规则{id}",
        Match = match ?? new RuleMatch(),
        Check = new RuleCheck { Kind = kind, Terms = terms ?? [], Min = min },
        Stages = stages ?? [ReviewStage.SelfCheck, ReviewStage.Department, ReviewStage.Centre],
        Blocking = blocking,
    };
}
