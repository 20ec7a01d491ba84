using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;
using States = Hotline.Integration.Tests.Infrastructure.OrderApi.States;

namespace Hotline.Integration.Tests.Auth;

/// <summary>Evidence files in Azurite's blob storage: photos and PDFs only, judged by their bytes, at most 10 MB.</summary>
[Collection(ApiCollection.Name)]
public sealed class EvidenceTests(ApiFixture fixture)
{
    private const long MaxBytes = 10 * 1024 * 1024;

    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task A_png_is_stored_and_comes_back_byte_for_byte()
    {
        var bytes = File(PngHeader, 5000);
        var response = await Upload(Logins.RlLs, bytes, "现场照片.png", "image/png");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = stored.GetProperty("id").GetString()!;
        var url = stored.GetProperty("url").GetString();
        Assert.Equal($"/api/evidence/{id}", url);
        Assert.Equal(url, response.Headers.Location?.ToString());
        Assert.Equal("现场照片.png", stored.GetProperty("fileName").GetString());
        Assert.Equal("image/png", stored.GetProperty("contentType").GetString());
        Assert.Equal(bytes.Length, stored.GetProperty("size").GetInt64());

        // Any signed-in user may look at it.
        var download = await fixture.As(Logins.Leader).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("nosniff", download.Headers.GetValues("X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("image/jpeg", "photo.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData("image/gif", "photo.gif", new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 })]
    [InlineData("image/webp", "photo.webp", new byte[] { 0x52, 0x49, 0x46, 0x46, 0x10, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 })]
    [InlineData("application/pdf", "整改通知书.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 })]
    [InlineData("application/octet-stream", "scan.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 })]
    public async Task Photos_and_pdfs_are_accepted_as_their_bytes_say(string declared, string fileName, byte[] header)
    {
        var response = await Upload(Logins.Dispatcher, File(header, 300), fileName, declared);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await response.Content.ReadFromJsonAsync<JsonElement>();
        var sniffed = declared == "application/octet-stream" ? "application/pdf" : declared;
        Assert.Equal(sniffed, stored.GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task An_exe_renamed_png_is_refused()
    {
        var exe = File("MZ"u8.ToArray(), 4096);
        await Problem.Invalid(await Upload(Logins.RlLs, exe, "photo.png", "image/png"), "exe as png", "file");
    }

    [Fact]
    public async Task A_png_declared_as_pdf_is_refused()
    {
        await Problem.Invalid(await Upload(Logins.RlLs, File(PngHeader, 100), "report.pdf", "application/pdf"), "png as pdf", "file");
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused()
    {
        await Problem.Invalid(await Upload(Logins.RlLs, File(PngHeader, (int)MaxBytes + 1), "big.png", "image/png"), "10 MB + 1", "file");
    }

    [Fact]
    public async Task Exactly_10_MB_is_fine()
    {
        Assert.Equal(HttpStatusCode.Created, (await Upload(Logins.RlLs, File(PngHeader, (int)MaxBytes), "max.png", "image/png")).StatusCode);
    }

    [Fact]
    public async Task An_empty_file_a_missing_file_and_a_json_body_are_refused_naming_file()
    {
        await Problem.Invalid(await Upload(Logins.RlLs, [], "empty.png", "image/png"), "empty", "file");

        using var other = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        await Problem.Invalid(await fixture.As(Logins.RlLs).PostAsync("/api/evidence", other), "no file field", "file");

        await Problem.Invalid(await fixture.As(Logins.RlLs).PostAsJsonAsync("/api/evidence", new { file = "x" }), "json", "file");
    }

    [Theory]
    [InlineData(Logins.Seat1)]
    [InlineData(Logins.Reviewer)]
    [InlineData(Logins.Leader)]
    public async Task Only_departments_dispatchers_and_admin_upload(string user)
    {
        await Problem.Forbidden(await Upload(user, File(PngHeader, 100), "photo.png", "image/png"), $"upload as {user}");
    }

    [Fact]
    public async Task An_unknown_or_malformed_id_is_a_404()
    {
        await Problem.Of(await fixture.As(Logins.Admin).GetAsync($"/api/evidence/{Guid.NewGuid():N}"), HttpStatusCode.NotFound, "unknown id");
        await Problem.Of(await fixture.As(Logins.Admin).GetAsync("/api/evidence/..%2F..%2Fetc"), HttpStatusCode.NotFound, "malformed id");
    }

    [Fact]
    public async Task A_reply_carries_the_uploaded_evidence_url()
    {
        var api = new OrderApi(fixture);
        var id = await api.OrderIn(States.Accepted);
        var upload = await Upload(Logins.RlLs, File(PngHeader, 2000), "修复后.png", "image/png");
        var url = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;

        var order = await api.Do(id, "reply", new { department = "RL-LS", content = "已修复，附现场照片。", evidence = new[] { url } }, "replied");
        var reply = order.GetProperty("replies").EnumerateArray().Last();
        Assert.Equal(url, reply.GetProperty("evidence")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await fixture.As(Logins.Reviewer).GetAsync(url)).StatusCode);
    }

    private Task<HttpResponseMessage> Upload(string user, byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return fixture.As(user).PostAsync("/api/evidence", form);
    }

    /// <summary>A file of <paramref name="length"/> bytes that starts with <paramref name="header"/>.</summary>
    private static byte[] File(byte[] header, int length)
    {
        var bytes = new byte[Math.Max(length, header.Length)];
        Random.Shared.NextBytes(bytes);
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
