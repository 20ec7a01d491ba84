using Hotline.Contracts.Orders;
using Microsoft.Extensions.Primitives;

namespace Hotline.Dashboard.Api;

/// <summary>Query-string reading and whole-index reads shared by the callback queue and the supervision list.</summary>
internal static class QueryValues
{
    public static string? NonEmpty(StringValues value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.ToString().Trim();

    /// <summary>pageSize: 1–200, 50 when omitted.</summary>
    public static int PageSize(IQueryCollection q, Dictionary<string, string[]> errors)
    {
        var pageSize = 50;
        if (NonEmpty(q["pageSize"]) is { } p && (!int.TryParse(p, out pageSize) || pageSize is < 1 or > 200))
            errors["pageSize"] = [ApiTexts.PageSizeRange];
        return pageSize;
    }

    /// <summary>Every index row matching <paramref name="query"/>, page after page, up to <paramref name="max"/>.</summary>
    public static async Task<List<OrderSummary>> All(IClusterClient client, OrderQuery query, int max)
    {
        var rows = new List<OrderSummary>();
        var finder = client.GetGrain<IOrderQueryGrain>(0);
        string? continuation = null;
        do
        {
            var page = await finder.Find(query with { Continuation = continuation });
            rows.AddRange(page.Items);
            continuation = page.Continuation;
        } while (continuation is not null && rows.Count < max);
        return rows;
    }
}
