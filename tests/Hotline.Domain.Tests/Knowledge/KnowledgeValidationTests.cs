using Hotline.Domain.Knowledge;
using static Hotline.Domain.Tests.Knowledge.Entries;

namespace Hotline.Domain.Tests.Knowledge;

public sealed class KnowledgeValidationTests
{
    [Theory]
    [InlineData("01", true)]
    [InlineData("0101", true)]
    [InlineData("0101020304", true)]
    [InlineData("", false)]
    [InlineData("1", false)]
    [InlineData("010", false)]
    [InlineData("010102030405", false)]
    [InlineData("0100", false)]
    [InlineData("01a1", false)]
    [InlineData("０１", false)]
    public void Category_codes_have_two_digits_per_level_up_to_five_levels(string code, bool valid) =>
        Assert.Equal(valid, KnowledgeValidator.IsCategoryCode(code));

    [Fact]
    public void Create_reports_every_field_error_at_once_in_chinese()
    {
        var bad = new KnowledgeContent
        {
            Question = "暖气",
            Answer = "太短了",
            CategoryCode = "01X",
            Tags = ["供热", new string('标', 21)],
            ValidFrom = T0,
            ValidUntil = T0,
        };

        var error = Assert.Throws<KnowledgeValidationException>(() => KnowledgeEntry.Create(Id, bad, "", T0));

        Assert.Equal(["actor", "answer", "categoryCode", "question", "tags", "validUntil"], error.FieldErrors.Keys.Order());
        Assert.Equal(KnowledgeTexts.Length(KnowledgeTexts.FieldQuestion, 4, 200), error.FieldErrors["question"].Single());
        Assert.Equal(KnowledgeTexts.Length(KnowledgeTexts.FieldAnswer, 10, 4000), error.FieldErrors["answer"].Single());
        Assert.Equal(KnowledgeTexts.ValidUntilAfterFrom, error.FieldErrors["validUntil"].Single());
        Assert.Equal(KnowledgeTexts.InvalidEntry, error.Message);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Question_length_edges(int length, bool valid)
    {
        var content = Content() with { Question = new string('问', length) };

        Assert.Equal(valid, !KnowledgeValidator.Validate(content, Author).ContainsKey("question"));
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(4000, true)]
    [InlineData(4001, false)]
    public void Answer_length_edges(int length, bool valid)
    {
        var content = Content() with { Answer = new string('答', length) };

        Assert.Equal(valid, !KnowledgeValidator.Validate(content, Author).ContainsKey("answer"));
    }

    [Fact]
    public void An_invalid_edit_changes_nothing()
    {
        var entry = Published();
        var history = entry.Data.History.Count;

        var error = Refused(entry.Edit(Content("短"), Author, Minutes(10)), KnowledgeErrorKind.Invalid);

        Assert.True(error.FieldErrors.ContainsKey("answer"));
        Assert.Equal(KnowledgeStatus.Published, error.CurrentStatus);
        Assert.Equal((history, 1, KnowledgeStatus.Published), (entry.Data.History.Count, entry.Data.CurrentVersion, entry.Status));
    }

    [Fact]
    public void Stored_content_is_trimmed_and_lists_deduplicated()
    {
        var entry = Draft(content: Content() with { Question = "  供暖期是什么时候？ ", Departments = ["D-HEAT", "D-HEAT", " D-GAS "] });

        Assert.Equal("供暖期是什么时候？", entry.Working.Content.Question);
        Assert.Equal(["D-HEAT", "D-GAS"], entry.Working.Content.Departments);
    }
}
