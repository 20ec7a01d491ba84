using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hotline.Integration.Tests.Api;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Reviews;

/// <summary>Bad rules, queries and review checks: a 400 naming each wrong field, in Chinese, and nothing added.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReviewRuleBadInputTests(ApiFixture fixture)
{
    private const string Good = """{"name":"测试","match":{"topics":["供热"]},"check":{"kind":"mentions-any","terms":["上门"]},"stages":["centre"]}""";

    public static TheoryData<string, string, string> Rules => new()
    {
        { "no name", """{"check":{"kind":"min-length","min":10},"stages":["centre"]}""", "name" },
        { "blank name", """{"name":"  ","check":{"kind":"min-length","min":10},"stages":["centre"]}""", "name" },
        { "no check", """{"name":"测试","stages":["centre"]}""", "check.kind" },
        { "unknown kind", """{"name":"测试","check":{"kind":"spell-check"},"stages":["centre"]}""", "check.kind" },
        { "terms missing", """{"name":"测试","check":{"kind":"mentions-any"},"stages":["centre"]}""", "check.terms" },
        { "min missing", """{"name":"测试","check":{"kind":"min-length"},"stages":["centre"]}""", "check.min" },
        { "min zero", """{"name":"测试","check":{"kind":"evidence-attached","min":0},"stages":["centre"]}""", "check.min" },
        { "no stages", """{"name":"测试","check":{"kind":"includes-contact"}}""", "stages" },
        { "unknown stage", """{"name":"测试","check":{"kind":"includes-contact"},"stages":["final"]}""", "stages" },
        { "unknown topic", """{"name":"测试","match":{"topics":["火星"]},"check":{"kind":"includes-contact"},"stages":["centre"]}""", "match.topics" },
        { "unknown code", """{"name":"测试","match":{"categoryCodes":["99"]},"check":{"kind":"includes-contact"},"stages":["centre"]}""", "match.categoryCodes" },
        { "unknown department", """{"name":"测试","match":{"departments":["NOPE"]},"check":{"kind":"includes-contact"},"stages":["centre"]}""", "match.departments" },
        { "blocking not boolean", """{"name":"测试","check":{"kind":"includes-contact"},"stages":["centre"],"blocking":"yes"}""", "blocking" },
        { "stages not a list", """{"name":"测试","check":{"kind":"includes-contact"},"stages":"centre"}""", "stages" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Adding_a_bad_rule_is_a_400_naming_the_field(string @case, string body, string field)
    {
        var before = await Count();
        var response = await fixture.As(Logins.Reviewer).PostAsync("/api/review-rules", new StringContent(body, Encoding.UTF8, "application/json"));
        ProblemAssert.AssertNamesFields(await ProblemAssert.ProblemOf(response, HttpStatusCode.BadRequest, @case), field);
        Assert.Equal(before, await Count());
    }

    [Theory]
    [InlineData("status=open", "status")]
    [InlineData("page=0", "page")]
    [InlineData("page=x", "page")]
    public async Task A_bad_listing_query_is_a_400_naming_the_parameter(string query, string field)
    {
        var response = await fixture.As(Logins.Reviewer).GetAsync($"/api/review-rules?{query}");
        ProblemAssert.AssertNamesFields(await ProblemAssert.ProblemOf(response, HttpStatusCode.BadRequest, query), field);
    }

    [Theory]
    [InlineData("""{"stage":"final"}""", "stage")]
    [InlineData("""{}""", "stage")]
    [InlineData("""{"stage":"self-check"}""", "content")]
    [InlineData("""{"stage":"self-check","content":"已上门","evidence":[" "]}""", "evidence")]
    [InlineData("""{"stage":"self-check","content":"已上门","final":"yes"}""", "final")]
    public async Task A_bad_review_check_is_a_400_naming_the_field(string body, string field)
    {
        var id = await new ReviewRuleApi(fixture).OrderWith(ReviewRuleApi.UniqueKeyword());
        var response = await fixture.As(Logins.Reviewer).PostAsync($"/api/orders/{id}/review-check", new StringContent(body, Encoding.UTF8, "application/json"));
        ProblemAssert.AssertNamesFields(await ProblemAssert.ProblemOf(response, HttpStatusCode.BadRequest, body), field);
    }

    [Fact]
    public async Task The_good_body_the_rows_derive_from_is_accepted()
    {
        var response = await fixture.As(Logins.Reviewer).PostAsync("/api/review-rules", new StringContent(
            Good.Replace("\"topics\":[\"供热\"]", "\"keywords\":[\"" + ReviewRuleApi.UniqueKeyword() + "\"]"), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await new ReviewRuleApi(fixture).Retire(id)).StatusCode);
    }

    private async Task<int> Count() =>
        (await fixture.As(Logins.Reviewer).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/review-rules")).GetProperty("total").GetInt32();
}
