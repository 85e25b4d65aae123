using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>
/// The corpus's one piece of server-side state: the pet store's reservations (<c>/api/adoptions</c> on the swagger-ui
/// origin), which Swagger UI's "Try it out" really sends. A pet can be reserved once; <c>DELETE</c> clears every
/// reservation, as a staging reset endpoint would. Everything else of the pet store stays static files.
/// </summary>
public sealed class AdoptionsApi
{
    public const string Path = "/api/adoptions";

    private static readonly Dictionary<int, string> Pets = new() { [1] = "Rex", [2] = "Mittens", [3] = "Bubbles" };
    private readonly Dictionary<int, string> _reserved = [];
    private readonly List<string> _answers = [];
    private readonly Lock _gate = new();

    /// <summary>What each reservation was answered, in order: "P01 201 Mittens is reserved for P01".</summary>
    public IReadOnlyList<string> Answers
    {
        get { lock (_gate) { return [.. _answers]; } }
    }

    /// <summary>Forgets every reservation and answer (a test's clean start).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _reserved.Clear();
            _answers.Clear();
        }
    }

    /// <summary>Answers <see cref="Path"/> on <paramref name="app"/>; other requests go on.</summary>
    public void Map(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path != Path)
        {
            await next(context);
            return;
        }

        var (status, body) = context.Request.Method switch
        {
            "GET" => (StatusCodes.Status200OK, List()),
            "POST" => Reserve(await ReadAsync(context.Request)),
            "DELETE" => Reset(),
            _ => (StatusCodes.Status405MethodNotAllowed, (object?)new { error = "use GET, POST or DELETE" }),
        };
        context.Response.StatusCode = status;
        if (body is not null)
        {
            await context.Response.WriteAsJsonAsync(body);
        }
    });

    private object List()
    {
        lock (_gate)
        {
            return _reserved.Select(r => new { petId = r.Key, pet = Pets[r.Key], adopter = r.Value }).ToList();
        }
    }

    private (int, object?) Reserve(JsonElement? request)
    {
        if (request is not { ValueKind: JsonValueKind.Object } json
            || !json.TryGetProperty("petId", out var id) || !id.TryGetInt32(out var petId)
            || !json.TryGetProperty("adopter", out var who) || who.GetString() is not { Length: > 0 } adopter)
        {
            return (StatusCodes.Status400BadRequest, new { error = "send { \"petId\": 2, \"adopter\": \"your name\" }" });
        }

        if (!Pets.TryGetValue(petId, out var pet))
        {
            return (StatusCodes.Status404NotFound, new { error = $"no pet {petId}" });
        }

        lock (_gate)
        {
            var (status, message) = _reserved.TryGetValue(petId, out var holder)
                ? (StatusCodes.Status409Conflict, $"{pet} is already reserved for {holder}")
                : (StatusCodes.Status201Created, $"{pet} is reserved for {adopter}");
            _reserved.TryAdd(petId, adopter);
            _answers.Add($"{adopter} {status} {message}");
            return (status, status == StatusCodes.Status201Created ? new { petId, pet, adopter, message } : new { error = message });
        }
    }

    private (int, object?) Reset()
    {
        lock (_gate)
        {
            _reserved.Clear();
        }

        return (StatusCodes.Status204NoContent, null);
    }

    private static async Task<JsonElement?> ReadAsync(HttpRequest request)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
