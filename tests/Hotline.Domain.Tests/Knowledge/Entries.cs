using Hotline.Domain.Knowledge;

namespace Hotline.Domain.Tests.Knowledge;

/// <summary>Shared content, people and instants for the knowledge workflow tests.</summary>
internal static class Entries
{
    public const string Id = "KB-1";
    public const string Author = "editor-1";
    public const string Reviewer = "reviewer-1";
    public const string Publisher = "admin-1";

    /// <summary>Monday 2025-01-06 09:00 in Asia/Shanghai.</summary>
    public static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 0, 0, TimeSpan.FromHours(8));

    public static DateTimeOffset Minutes(double minutes) => T0 + TimeSpan.FromMinutes(minutes);

    public static KnowledgeContent Content(string answer = "供暖期为每年11月1日至次年3月31日，室温不低于18℃。") => new()
    {
        Question = "供暖期是什么时候？",
        Answer = answer,
        CategoryCode = "0101020304",
        Departments = ["D-HEAT"],
        Tags = ["供热", "供暖期"],
    };

    public static KnowledgeEntry Draft(bool urgent = false, KnowledgeContent? content = null) =>
        KnowledgeEntry.Create(Id, content ?? Content(), Author, T0, urgent);

    public static KnowledgeEntry Published(KnowledgeContent? content = null)
    {
        var entry = Draft(content: content);
        Ok(entry.Review(true, null, Reviewer, Minutes(1)));
        Ok(entry.Publish(Publisher, Minutes(2)));
        return entry;
    }

    public static KnowledgeResult Ok(KnowledgeResult result)
    {
        Assert.True(result.Succeeded, result.Error?.Message);
        return result;
    }

    public static KnowledgeError Refused(KnowledgeResult result, KnowledgeErrorKind kind)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(kind, result.Error.Kind);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        return result.Error;
    }
}
