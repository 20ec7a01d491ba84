using Hotline.Dashboard.Api;
using Hotline.Dashboard.Auth;
using Microsoft.Net.Http.Headers;

namespace Hotline.Dashboard.Evidence;

/// <summary>
/// POST /api/evidence uploads one photo or PDF (multipart/form-data, field "file"); GET /api/evidence/{id}
/// gives it back. A reply's evidence list holds the urls this returns.
/// </summary>
public static class EvidenceEndpoints
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string Field = "file";

    /// <summary>Room for the multipart boundaries and headers around a file of the largest size.</summary>
    private const long FormOverhead = 64 * 1024;

    public static string UrlOf(string id) => $"/api/evidence/{id}";

    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder app)
    {
        var evidence = app.MapGroup("/api/evidence").RequireAuthorization();
        // The form is read by hand (no IFormFile parameter), so no antiforgery token is demanded. That is
        // safe: a cookie is SameSite=Lax and so never sent with another site's POST, and a bearer token is
        // never sent by the browser on its own. Either way a forged cross-site upload arrives unauthenticated.
        evidence.MapPost("", Upload)
            .RequireAuthorization(AuthPolicies.UploadEvidence)
            .WithMetadata(new UploadSizeLimit(MaxBytes + FormOverhead));
        evidence.MapGet("/{id}", Download);
        return app;
    }

    private static async Task<IResult> Upload(HttpContext context, IEvidenceStore store, TimeProvider time)
    {
        var request = context.Request;
        if (!request.HasFormContentType) return Problems.Invalid(Field, AuthTexts.NotMultipart);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.Invalid(Field, AuthTexts.FileTooLarge(MaxBytes));
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Problems.Invalid(Field, AuthTexts.FormUnreadable);
        }

        var upload = form.Files.GetFile(Field);
        if (upload is null) return Problems.Invalid(Field, AuthTexts.FileRequired);
        if (upload.Length == 0) return Problems.Invalid(Field, AuthTexts.FileEmpty);
        if (upload.Length > MaxBytes) return Problems.Invalid(Field, AuthTexts.FileTooLarge(MaxBytes));

        var contentType = await SniffedType(upload, context.RequestAborted);
        if (contentType is null) return Problems.Invalid(Field, AuthTexts.FileTypeNotAllowed);
        if (!EvidenceTypes.Agrees(upload.ContentType, contentType)) return Problems.Invalid(Field, AuthTexts.FileTypeMismatch(upload.ContentType));

        var file = new EvidenceFile(Guid.NewGuid().ToString("N"), FileNameOf(upload), contentType, upload.Length,
            context.User.UserName(), time.GetUtcNow());
        await using (var content = upload.OpenReadStream())
            await store.Save(file, content, context.RequestAborted);
        return Results.Created(file.Url, new { file.Id, file.FileName, file.ContentType, file.Size, file.Url });
    }

    private static async Task<IResult> Download(string id, HttpContext context, IEvidenceStore store)
    {
        // Ids are GUIDs in "N" form: anything else names no file, and never reaches the store.
        if (!Guid.TryParseExact(id, "N", out _) || await store.Open(id, context.RequestAborted) is not { } download)
            return Problems.NotFound(AuthTexts.EvidenceNotFound(id));

        var headers = context.Response.Headers;
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(download.File.FileName);
        headers.ContentDisposition = disposition.ToString();
        // Uploaded content is shown as the type it was checked to be, and can run no script on this origin.
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox";
        return Results.Stream(download.Content, download.File.ContentType);
    }

    private static async Task<string?> SniffedType(IFormFile upload, CancellationToken cancellationToken)
    {
        var header = new byte[EvidenceTypes.HeaderLength];
        await using var stream = upload.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        return EvidenceTypes.Sniff(header.AsSpan(0, read));
    }

    /// <summary>The name without any path, control characters or excess length; the id, not the name, addresses the file.</summary>
    private static string FileNameOf(IFormFile upload)
    {
        // Some browsers send the whole Windows path: cut at either separator, whatever the server's OS.
        var raw = upload.FileName ?? "";
        raw = raw[(raw.LastIndexOfAny(['/', '\\']) + 1)..];
        var name = new string(raw.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length > 200) name = name[..200];
        return name.Length > 0 ? name : "evidence";
    }
}
