using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>
/// Every route refuses what it cannot take with a 4xx and a short reason, never a 500: malformed ids, negative and huge
/// numbers, bad JSON, wrong content types, empty and oversized bodies. The session is idle, so a well-formed command
/// gets as far as the session and answers 409 ("has not started yet").
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class ConsoleBadRequestTests(ModerationFixture fixture) : IAsyncLifetime
{
    private const string Json = "application/json";
    private const string Binary = "application/octet-stream";
    private const string Note = """{"tag":"issue","severity":2,"text":"hard to find"}""";

    private ConsoleClient _console = null!;

    public static TheoryData<string, string, string?, string, int> BadRequests => new()
    {
        // POST /api/attempts/mark
        { "POST", "/api/attempts/mark", Json, "", 400 },
        { "POST", "/api/attempts/mark", null, "", 400 },
        { "POST", "/api/attempts/mark", Json, "{", 400 },
        { "POST", "/api/attempts/mark", Json, "[]", 400 },
        { "POST", "/api/attempts/mark", Json, "null", 400 },
        { "POST", "/api/attempts/mark", Json, "\"success\"", 400 },
        { "POST", "/api/attempts/mark", Json, """{"outcome":"maybe"}""", 400 },
        { "POST", "/api/attempts/mark", Json, """{"outcome":7}""", 400 },
        { "POST", "/api/attempts/mark", Json, """{}""", 400 },
        { "POST", "/api/attempts/mark", Json, """{"attemptId":"x","outcome":"success"}""", 400 },
        { "POST", "/api/attempts/mark", Json, """{"attemptId":1.5,"outcome":"success"}""", 400 },
        { "POST", "/api/attempts/mark", Json, """{"attemptId":1e30,"outcome":"success"}""", 400 },
        { "POST", "/api/attempts/mark", Json, """{"attemptId":99999999999999999999,"outcome":"success"}""", 400 },
        { "POST", "/api/attempts/mark", Json, """{"attemptId":-1,"outcome":"success"}""", 409 },
        { "POST", "/api/attempts/mark", "text/plain", """{"outcome":"success"}""", 415 },
        { "POST", "/api/attempts/mark", "application/x-www-form-urlencoded", "outcome=success", 415 },
        { "POST", "/api/attempts/mark", null, """{"outcome":"success"}""", 415 },
        { "POST", "/api/attempts/mark", "application/json; charset=nope", """{"outcome":"success"}""", 415 },
        { "POST", "/api/attempts/mark", "application/json; charset=\"utf-8\"", """{"outcome":"success"}""", 415 },
        { "POST", "/api/attempts/mark", "application/json; charset=utf-16", """{"outcome":"success"}""", 415 },
        { "POST", "/api/attempts/mark", "application/json; charset=UTF-8", """{"outcome":"success"}""", 409 },

        // POST /api/notes
        { "POST", "/api/notes", Json, """{"tag":"rant","severity":2,"text":"x"}""", 400 },
        { "POST", "/api/notes", Json, """{"tag":"0","severity":2,"text":"x"}""", 400 },
        { "POST", "/api/notes", Json, """{"tag":null,"severity":2,"text":"x"}""", 400 },
        { "POST", "/api/notes", Json, """{"tag":"issue","severity":0,"text":"x"}""", 400 },
        { "POST", "/api/notes", Json, """{"tag":"issue","severity":5,"text":"x"}""", 400 },
        { "POST", "/api/notes", Json, """{"tag":"issue","severity":-2147483649,"text":"x"}""", 400 },
        { "POST", "/api/notes", Json, """{"tag":"issue","severity":"high","text":"x"}""", 400 },
        { "POST", "/api/notes", Json, """{"tag":"issue","severity":2}""", 400 },
        { "POST", "/api/notes", Json, """{"tag":"issue","severity":2,"text":"   "}""", 400 },
        { "POST", "/api/notes", Json, """{"tag":"issue","severity":2,"text":[1]}""", 400 },
        { "POST", "/api/notes", Json, """{"tag":"issue","severity":2,"text":"\ud800"}""", 400 },
        { "POST", "/api/notes", Json, """{"wallMs":"soon","tag":"issue","severity":2,"text":"x"}""", 400 },
        { "POST", "/api/notes", Json, """{"wallMs":1e999,"tag":"issue","severity":2,"text":"x"}""", 400 },
        { "POST", "/api/notes", Json, """{"wallMs":-1e999,"tag":"issue","severity":2,"text":"x"}""", 400 },
        { "POST", "/api/notes", Json, """{"wallMs":-1e300,"tag":"issue","severity":2,"text":"x"}""", 409 },
        { "POST", "/api/notes", "text/plain", Note, 415 },
        { "POST", "/api/notes", "multipart/form-data; boundary=x", "--x--", 415 },

        // POST /api/audio and /api/audio/{clipId}/stop
        { "POST", "/api/audio", Json, "", 400 },
        { "POST", "/api/audio", Json, """{"mimeType":"text/html"}""", 400 },
        { "POST", "/api/audio", Json, $$"""{"mimeType":"audio/{{new string('x', 200)}}"}""", 400 },
        { "POST", "/api/audio", Json, """{"wallMs":"now"}""", 400 },
        { "POST", "/api/audio", Json, """{"wallMs":1e999}""", 400 },
        { "POST", "/api/audio", Json, """{"mimeType":"audio/webm"}""", 409 },
        { "POST", "/api/audio", "text/plain", "{}", 415 },
        { "POST", "/api/audio/1/stop", Json, "{", 400 },
        { "POST", "/api/audio/1/stop", Json, """{"wallMs":[]}""", 400 },
        { "POST", "/api/audio/1/stop", Json, """{"wallMs":1e999}""", 400 },
        { "POST", "/api/audio/1/stop", "text/plain", "{}", 415 },
        { "POST", "/api/audio/abc/stop", Json, "{}", 404 },
        { "POST", "/api/audio/99999999999999999999/stop", Json, "{}", 404 },

        // PUT /api/audio/{clipId}/{sequence}
        { "PUT", "/api/audio/-1/-1", Binary, "abc", 400 },
        { "PUT", "/api/audio/1/-1", Binary, "abc", 400 },
        { "PUT", "/api/audio/1/0", Binary, "", 400 },
        { "PUT", "/api/audio/1/0", "text/plain", "abc", 415 },
        { "PUT", "/api/audio/1/0", Json, "{}", 415 },
        { "PUT", "/api/audio/1/0", null, "abc", 415 },
        { "PUT", "/api/audio/-1/0", Binary, "abc", 409 },
        { "PUT", "/api/audio/1/0", Binary, "abc", 409 },
        { "PUT", "/api/audio/abc/0", Binary, "abc", 404 },
        { "PUT", "/api/audio/1/x", Binary, "abc", 404 },
        { "PUT", "/api/audio/1.5/0", Binary, "abc", 404 },
        { "PUT", "/api/audio/99999999999999999999/0", Binary, "abc", 404 },
        { "PUT", "/api/audio/1/99999999999", Binary, "abc", 404 },
        { "PUT", "/api/audio/1", Binary, "abc", 404 },

        // The commands without a body ignore one; wrong methods and unknown routes
        { "POST", "/api/tasks/next", "text/plain", "junk", 409 },
        { "POST", "/api/clock/pause", Json, "{", 409 },
        { "POST", "/api/clock/resume", null, "", 409 },
        { "POST", "/api/session/resume", Json, "[]", 409 },
        { "GET", "/api/tasks/next", null, "", 405 },
        { "GET", "/api/notes", null, "", 405 },
        { "DELETE", "/api/notes", null, "", 405 },
        { "POST", "/", Json, "{}", 405 },
        { "POST", "/api/nope", Json, "{}", 404 },
        { "GET", "/console.js/x", null, "", 404 },
    };

    public async Task InitializeAsync() => _console = await ConsoleClient.StartIdleAsync(fixture);

    public async Task DisposeAsync() => await _console.DisposeAsync();

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Route_WithABadRequest_Answers4xxWithAReason(string method, string path, string? contentType, string body, int expected)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        using var response = await _console.SendAsync(_console.PageRequest(method, path, content));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode == expected, $"{method} {path} [{contentType}] {body} answered {(int)response.StatusCode}: {text}");
        Assert.Matches("""^\{"error":"[^"]{8,}""", text);
    }

    [Theory]
    [InlineData("POST", "/api/notes", Json, 64 * 1024 + 1, true)]
    [InlineData("POST", "/api/attempts/mark", Json, 1024 * 1024, true)]
    [InlineData("POST", "/api/audio", Json, 64 * 1024 + 1, false)]
    [InlineData("PUT", "/api/audio/1/0", Binary, 8 * 1024 * 1024 + 1, true)]
    [InlineData("PUT", "/api/audio/1/0", Binary, 8 * 1024 * 1024 + 1, false)]
    public async Task Route_WithAnOversizedBody_Is413(string method, string path, string contentType, int bytes, bool withLength)
    {
        var payload = new byte[bytes];
        payload.AsSpan().Fill((byte)' '); // white space: valid JSON up to the point where it is too long
        HttpContent content = withLength ? new ByteArrayContent(payload) : new StreamContent(new UnknownLengthStream(payload));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = _console.PageRequest(method, path, content);
        request.Headers.ExpectContinue = true; // the answer comes before the body is sent, not into a closed socket
        using var response = await _console.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("too large", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    // On a live session with the real store, a foreign clip id used to reach the database (a foreign-key failure, a
    // 500) and a made-up time was stored as is (1970 is 56 years before the session started).
    [Fact]
    public async Task Commands_OnALiveSession_RefuseForeignClipsAndClampTimesOntoTheTimeline()
    {
        await using var rig = await ModeratedRig.StartAsync(fixture);
        await using var console = new ConsoleClient(rig.Console);
        byte[] piece = [1, 2, 3];

        var clipId = JsonDocument.Parse(await SendJsonAsync(console, "/api/audio", """{"wallMs":0,"mimeType":"audio/webm"}""", 200)).RootElement.GetProperty("clipId").GetInt64();
        await SendAudioAsync(console, $"/api/audio/{clipId + 1}/0", piece, 409);
        await SendAudioAsync(console, $"/api/audio/{clipId}/0", piece, 200);
        await SendAudioAsync(console, $"/api/audio/{clipId}/0", piece, 200); // a retry: stored once
        await SendJsonAsync(console, $"/api/audio/{clipId}/stop", """{"wallMs":1e300}""", 200);
        await SendAudioAsync(console, $"/api/audio/{clipId}/1", piece, 409); // stopped
        await SendJsonAsync(console, "/api/notes", """{"wallMs":-1e300,"tag":"issue","severity":2,"text":"late"}""", 200);
        await SendJsonAsync(console, "/api/attempts/mark", """{"attemptId":999999,"outcome":"success"}""", 409);

        var reader = new ModerationReader(rig.Database);
        var clip = Assert.Single(await reader.AudioAsync(rig.RunId));
        Assert.Equal(0, clip.StartMs);
        Assert.InRange(clip.EndMs!.Value, 0, rig.Session.Clock!.NowMs);
        Assert.Equal(piece, clip.Data);
        Assert.Equal(0, Assert.Single(await reader.NotesAsync(rig.RunId)).TimeMs);
    }

    private static async Task<string> SendJsonAsync(ConsoleClient console, string path, string json, int expected)
    {
        using var response = await console.SendAsync(console.PageRequest("POST", path, new StringContent(json, Encoding.UTF8, Json)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expected, $"POST {path} {json} answered {(int)response.StatusCode}: {text}");
        return text;
    }

    private static async Task SendAudioAsync(ConsoleClient console, string path, byte[] data, int expected)
    {
        using var response = await console.SendAsync(console.PageRequest("PUT", path, new ByteArrayContent(data) { Headers = { ContentType = new(Binary) } }));
        Assert.True((int)response.StatusCode == expected, $"PUT {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A stream that does not tell its length, so the body goes out chunked, without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
