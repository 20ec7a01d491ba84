using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Hotline.Client.Tests;

/// <summary>
/// A stand-in for the dashboard's REST API at the HTTP level: signs anyone in, serves the reference data, and keeps
/// per order a growing audit trail, one event per command, so the CLI sees the shapes it meets in production.
/// <see cref="Refuse"/> makes a path answer with a canned problem instead.
/// </summary>
public sealed class StubServer : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, List<(string Action, string? To)>> _orders = new();
    private int _next;

    public ConcurrentQueue<(string Method, string Path, string? Body)> Requests { get; } = new();

    public Func<string, (HttpStatusCode Status, string Body)?> Refuse { get; set; } = _ => null;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var path = request.RequestUri!.AbsolutePath.TrimStart('/');
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        Requests.Enqueue((request.Method.Method, path, body));
        if (Refuse(path) is { } refused) return Json(refused.Status, refused.Body, "application/problem+json");
        if (path == "api/auth/token") return Json(HttpStatusCode.OK, """{"accessToken":"t","expiresIn":3600}""");
        if (path == "api/reference") return Json(HttpStatusCode.OK, Reference);
        if (path == "api/taskforces/HEATING")
            return Json(HttpStatusCode.OK, """{"code":"HEATING","name":"供热专班","figures":{"received":1,"dispatched":1,"completed":1,"overdue":0,"completionRate":1}}""");
        var parts = path.Split('/');
        if (request.Method == HttpMethod.Post && path == "api/orders")
        {
            var id = $"20261201-T{Interlocked.Increment(ref _next):D5}";
            _orders[id] = [("received", "received"), ("queued", "pending-dispatch")];
            return Json(HttpStatusCode.Created, Order(id));
        }
        if (parts.Length >= 3 && _orders.TryGetValue(parts[2], out var trail))
        {
            if (request.Method == HttpMethod.Post)
            {
                var action = string.Join('/', parts.Skip(3));
                lock (trail) Apply(trail, action, body ?? "");
            }
            return Json(HttpStatusCode.OK, Order(parts[2]));
        }
        return Json(HttpStatusCode.NotFound, """{"title":"未找到","status":404,"detail":"工单不存在"}""", "application/problem+json");
    }

    private static void Apply(List<(string Action, string? To)> trail, string action, string body)
    {
        switch (action)
        {
            case "dispatch": trail.Add(("dispatched", "dispatched")); break;
            case "accept": trail.Add(("accepted", "accepted")); break;
            case "return": trail.Add(("returned", "returned")); break;
            case "extension": trail.Add(("extension-requested", null)); break;
            case "extension/decision": trail.Add(("extension-approved", null)); break;
            case "reply": trail.Add(("replied", "replied")); break;
            case "review": trail.Add(("review-passed", body.Contains("centre") ? "pending-callback" : "under-review")); break;
            case "callback" when body.Contains("dissatisfied"):
                trail.Add(("callback", null));
                trail.Add(("reopened", "reopened"));
                break;
            case "callback":
                trail.Add(("callback", null));
                trail.Add(("closed", "closed"));
                break;
            default: trail.Add((action, null)); break;
        }
    }

    private string Order(string id)
    {
        var trail = _orders[id];
        lock (trail)
        {
            var at = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
            var events = trail.Select((e, i) => new { sequence = i + 1, at = at.AddMinutes(i), actor = "x", action = e.Action, from = (string?)null, to = e.To, reason = (string?)null, department = "RL-LS" }).ToArray();
            var status = trail.Last(e => e.To is not null).To!;
            return JsonSerializer.Serialize(new { id, status, statusText = (string?)null, receivedAt = at, version = trail.Count, events, clocks = Array.Empty<object>() });
        }
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json, string type = "application/json") =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, type) };

    private const string Reference = """
        {"districts":[{"code":"141102","name":"离石区","lat":37.5,"lon":111.1},{"code":"141123","name":"兴县","lat":38.4,"lon":111.1}],
         "departments":[{"code":"RL-LS","name":"离石区集中供热公司","kind":"heating","district":"141102"},{"code":"ZJJ","name":"住建局","kind":"bureau","district":null}]}
        """;
}
