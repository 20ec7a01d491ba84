using System.Net;
using Hotline.Client.Api;
using Hotline.Client.Simulation;

namespace Hotline.Client.Audit;

/// <summary>The result of auditing every order: counts and what was found.</summary>
public sealed record AuditReport(int Orders, int Events, int LedgerEntries, IReadOnlyList<AuditViolation> Violations);

/// <summary>
/// Walks every order (GET /api/orders pages, newest first, stopping at --since), adds the orders the ledger names
/// (the listing is a projection and may lag), reads each one and runs <see cref="OrderAuditor"/> on it.
/// </summary>
public static class AuditRunner
{
    public static async Task<AuditReport> RunAsync(HotlineApi api, DateTimeOffset? since, IReadOnlyList<LedgerEntry> ledger,
        TimeSpan grace, int concurrency, Action<int>? onProgress, CancellationToken ct)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var query = new OrderQuery(PageSize: 200);
        while (true)
        {
            var page = await api.ListOrdersAsync(query, ct);
            var items = page.Items ?? [];
            foreach (var item in items.Where(i => since is null || i.ReceivedAt is null || i.ReceivedAt >= since))
                if (seen.Add(item.Id)) ids.Add(item.Id);
            // Newest first: once a page ends before --since, every later page does too.
            var older = since is not null && items.Count > 0 && items[^1].ReceivedAt < since;
            if (older || string.IsNullOrEmpty(page.Continuation)) break;
            query = query with { Continuation = page.Continuation };
        }
        foreach (var entry in ledger)
            if (seen.Add(entry.OrderId)) ids.Add(entry.OrderId);

        var byOrder = ledger.ToLookup(e => e.OrderId, StringComparer.Ordinal);
        var violations = new List<AuditViolation>();
        var gate = new Lock();
        int events = 0, done = 0;
        var now = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (id, token) =>
        {
            IReadOnlyList<AuditViolation> found;
            int count;
            try
            {
                var order = await api.GetOrderAsync(id, token);
                found = OrderAuditor.Check(order, byOrder[id], now, grace);
                count = order.Events?.Count ?? 0;
            }
            catch (HotlineApiException e) when (e.StatusCode == HttpStatusCode.NotFound && byOrder[id].Any())
            {
                found = [new AuditViolation(id, OrderAuditor.Acknowledged, AuditTexts.LedgerOrderMissing(id))];
                count = 0;
            }
            lock (gate)
            {
                violations.AddRange(found);
                events += count;
                onProgress?.Invoke(++done);
            }
        });
        return new AuditReport(ids.Count, events, ledger.Count, violations);
    }
}
