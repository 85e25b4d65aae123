using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using UsabilityLab.Hosting;

namespace UsabilityLab.Server.Tests.Accounts;

/// <summary>
/// An OpenID Connect provider on 127.0.0.1 that signs in whoever <see cref="NextUser"/> is without asking: discovery,
/// keys, the authorization endpoint (checks the client, keeps the nonce and the PKCE challenge) and the token endpoint
/// (checks the client secret, the redirect address and the PKCE verifier, then signs an id token with RS256).
/// </summary>
internal sealed class FakeOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "usabilitylab-dashboard";
    public const string ClientSecret = "client secret of the tests";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, Grant> _grants = new();

    private FakeOpenIdProvider(WebApplication app) => _app = app;

    public Uri Issuer { get; private set; } = null!;

    /// <summary>Who the next sign-in is, and the values of their <c>roles</c> claim.</summary>
    public (string Subject, string UserName, string[] Roles) NextUser { get; set; } = ("u-1", "ada", []);

    /// <summary>Id tokens issued: each after a code, a secret and a verifier that all matched.</summary>
    public int TokensIssued { get; private set; }

    public static async Task<FakeOpenIdProvider> StartAsync()
    {
        var builder = LoopbackHost.CreateBuilder(typeof(FakeOpenIdProvider), 0, TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var provider = new FakeOpenIdProvider(app);
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.Keys);
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", provider.TokenAsync);
        var root = await LoopbackHost.StartAsync(app, CancellationToken.None);
        provider.Issuer = new Uri(root.ToString().TrimEnd('/'));
        return provider;
    }

    public ValueTask DisposeAsync() => new(LoopbackHost.StopAsync(_app, TimeSpan.FromSeconds(2)));

    private string Address(string path) => Issuer.ToString().TrimEnd('/') + path;

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer.ToString().TrimEnd('/'),
        ["authorization_endpoint"] = Address("/authorize"),
        ["token_endpoint"] = Address("/token"),
        ["jwks_uri"] = Address("/jwks"),
        ["response_types_supported"] = new[] { "code" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
    });

    private IResult Keys()
    {
        var key = _key.Rsa.ExportParameters(includePrivateParameters: false);
        return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = _key.KeyId, n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) } } });
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]))
        {
            return Results.BadRequest("not this client, or no code flow with PKCE");
        }

        var code = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        _grants[code] = new Grant(query["redirect_uri"].ToString(), query["nonce"].ToString(), query["code_challenge"].ToString(), NextUser);
        var back = QueryHelpers.AddQueryString(query["redirect_uri"].ToString(), new Dictionary<string, string?> { ["code"] = code, ["state"] = query["state"] });
        return Results.Redirect(back);
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (id, secret) = ClientOf(request, form);
        if (id != ClientId || secret != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }

        var verifier = form["code_verifier"].ToString();
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        if (form["grant_type"] != "authorization_code" || !_grants.TryRemove(form["code"].ToString(), out var grant)
            || grant.RedirectUri != form["redirect_uri"] || grant.Challenge != challenge)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }

        var now = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer.ToString().TrimEnd('/'),
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = grant.User.Subject,
                ["preferred_username"] = grant.User.UserName,
                ["nonce"] = grant.Nonce,
                ["roles"] = grant.User.Roles,
            },
        });
        TokensIssued++;
        return Results.Json(new { access_token = "not-used-by-the-lab", token_type = "Bearer", expires_in = 300, id_token = idToken });
    }

    /// <summary>The client's id and secret: from HTTP Basic authentication, else from the form.</summary>
    private static (string? Id, string? Secret) ClientOf(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
        }

        return (form["client_id"], form["client_secret"]);
    }

    private sealed record Grant(string RedirectUri, string Nonce, string Challenge, (string Subject, string UserName, string[] Roles) User);
}
