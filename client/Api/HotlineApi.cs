using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Client.Api;

/// <summary>A non-2xx answer of the REST API.</summary>
public sealed class HotlineApiException(HttpStatusCode statusCode, string method, string path, ProblemDetailsDto? problem, string? rawBody)
    : Exception($"{method} {path} → {(int)statusCode} {statusCode}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;
    public string Method { get; } = method;
    public string Path { get; } = path;
    public ProblemDetailsDto? Problem { get; } = problem;
    public string? RawBody { get; } = rawBody;
}

/// <summary>Typed HttpClient wrapper over the dashboard REST API (/api/orders…).</summary>
public sealed class HotlineApi : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private readonly HttpClient _http;
    private readonly bool _ownsClient;

    public HotlineApi(Uri baseUrl, TimeSpan? timeout = null)
        : this(new HttpClient { BaseAddress = baseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(30) }, ownsClient: true)
    {
    }

    public HotlineApi(HttpClient http, bool ownsClient = false)
    {
        _http = http;
        _ownsClient = ownsClient;
    }

    public Uri? BaseAddress => _http.BaseAddress;

    /// <summary>The user every call acts as unless a call names another (a demo user name, e.g. seat1).</summary>
    public string? DefaultActor { get; set; }

    /// <summary>The password used to sign each acting user in (the demo users share one).</summary>
    public string Password { get; set; } = "hotline123";

    private readonly Dictionary<string, Task<string>> _tokens = [];
    private readonly Lock _tokensGate = new();

    // ---- queries ------------------------------------------------------------------------

    public Task<OrderDto> GetOrderAsync(string id, CancellationToken ct = default) =>
        SendAsync<OrderDto>(HttpMethod.Get, $"api/orders/{Uri.EscapeDataString(id)}", null, null, ct);

    public Task<OrderPageDto> ListOrdersAsync(OrderQuery query, CancellationToken ct = default)
    {
        var qs = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) qs.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        Add("status", query.Status);
        Add("department", query.Department);
        Add("taskForce", query.TaskForce);
        Add("overdue", query.Overdue is null ? null : query.Overdue.Value ? "true" : "false");
        Add("pageSize", query.PageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("continuation", query.Continuation);
        var path = qs.Count == 0 ? "api/orders" : "api/orders?" + string.Join('&', qs);
        return SendAsync<OrderPageDto>(HttpMethod.Get, path, null, null, ct);
    }

    public Task<ReferenceDto> GetReferenceAsync(CancellationToken ct = default) =>
        SendAsync<ReferenceDto>(HttpMethod.Get, "api/reference", null, null, ct);

    public Task<TaskForceDto> GetTaskForceAsync(string code, CancellationToken ct = default) =>
        SendAsync<TaskForceDto>(HttpMethod.Get, $"api/taskforces/{Uri.EscapeDataString(code)}", null, null, ct);

    // ---- commands -----------------------------------------------------------------------

    public Task<OrderDto> CreateOrderAsync(CreateOrderRequest request, string? actor = null, CancellationToken ct = default) =>
        SendAsync<OrderDto>(HttpMethod.Post, "api/orders", request, actor, ct);

    public Task<OrderDto> AnswerAsync(string id, AnswerRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "answer", body, actor, ct);

    public Task<OrderDto> DispatchAsync(string id, DispatchRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "dispatch", body, actor, ct);

    public Task<OrderDto> AcceptAsync(string id, AcceptRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "accept", body, actor, ct);

    public Task<OrderDto> ReturnAsync(string id, ReturnRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "return", body, actor, ct);

    public Task<OrderDto> RequestExtensionAsync(string id, ExtensionRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "extension", body, actor, ct);

    public Task<OrderDto> DecideExtensionAsync(string id, ExtensionDecisionRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "extension/decision", body, actor, ct);

    public Task<OrderDto> ReplyAsync(string id, ReplyRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "reply", body, actor, ct);

    public Task<OrderDto> ReviewAsync(string id, ReviewRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "review", body, actor, ct);

    public Task<OrderDto> CallbackAsync(string id, CallbackRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "callback", body, actor, ct);

    public Task<OrderDto> MergeAsync(string id, MergeRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "merge", body, actor, ct);

    public Task<OrderDto> TransferAsync(string id, TransferRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "transfer", body, actor, ct);

    public Task<OrderDto> UrgeAsync(string id, UrgeRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "urge", body, actor, ct);

    public Task<OrderDto> AcknowledgeUrgeAsync(string id, UrgeAckRequest body, string? actor = null, CancellationToken ct = default) =>
        PostAsync(id, "urge/ack", body, actor, ct);

    // ---- plumbing -----------------------------------------------------------------------

    private Task<OrderDto> PostAsync<TBody>(string id, string action, TBody body, string? actor, CancellationToken ct) =>
        SendAsync<OrderDto>(HttpMethod.Post, $"api/orders/{Uri.EscapeDataString(id)}/{action}", body, actor, ct);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, string? actor, CancellationToken ct, bool signIn = false)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("application/problem+json");
        var who = actor ?? DefaultActor;
        if (!signIn && !string.IsNullOrWhiteSpace(who))
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await TokenFor(who, ct).ConfigureAwait(false));
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);

        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            ProblemDetailsDto? problem = null;
            if (!string.IsNullOrWhiteSpace(text))
            {
                try { problem = JsonSerializer.Deserialize<ProblemDetailsDto>(text, Json); }
                catch (JsonException) { /* not JSON: keep the raw body */ }
            }
            throw new HotlineApiException(response.StatusCode, method.Method, path, problem, text);
        }

        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidOperationException($"{method.Method} {path}: 服务器返回了空的响应体 (HTTP {(int)response.StatusCode})");
        return JsonSerializer.Deserialize<T>(text, Json)
               ?? throw new InvalidOperationException($"{method.Method} {path}: 无法解析响应");
    }

    /// <summary>Signs the user in once (POST /api/auth/token) and reuses the bearer token; a failed sign-in is retried next time.</summary>
    private Task<string> TokenFor(string userName, CancellationToken ct)
    {
        lock (_tokensGate)
        {
            if (_tokens.TryGetValue(userName, out var known) && !known.IsFaulted && !known.IsCanceled) return known;
            return _tokens[userName] = SignIn(userName, ct);
        }
    }

    private async Task<string> SignIn(string userName, CancellationToken ct)
    {
        var token = await SendAsync<TokenDto>(HttpMethod.Post, "api/auth/token", new SignInRequest(userName, Password), null, ct, signIn: true).ConfigureAwait(false);
        return token.AccessToken;
    }

    public void Dispose()
    {
        if (_ownsClient) _http.Dispose();
    }
}
