using UsabilityLab.Core.Accounts;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Server.Accounts;

/// <summary>
/// Single sign-on with an OpenID Connect provider (the organisation's Keycloak, Entra ID, Okta, Google…), read from the
/// environment so that the client secret is never on a command line: people then sign in there instead of (or as well
/// as) with the accounts of <c>./lab users</c>. Their lab role comes from a claim of their sign-in.
/// </summary>
/// <param name="Authority">The provider's issuer address; its discovery document is under <c>/.well-known/openid-configuration</c>.</param>
/// <param name="ClientId">The lab's client id at the provider.</param>
public sealed record OpenIdSettings(Uri Authority, string ClientId)
{
    /// <summary>Environment variable of <see cref="Authority"/>; without it there is no single sign-on.</summary>
    public const string AuthorityVariable = "LAB_OIDC_AUTHORITY";

    /// <summary>Environment variable of <see cref="ClientId"/>.</summary>
    public const string ClientIdVariable = "LAB_OIDC_CLIENT_ID";

    /// <summary>Environment variable of <see cref="ClientSecret"/>.</summary>
    public const string ClientSecretVariable = "LAB_OIDC_CLIENT_SECRET";

    /// <summary>Environment variable of <see cref="DisplayName"/>.</summary>
    public const string NameVariable = "LAB_OIDC_NAME";

    /// <summary>Environment variable of <see cref="RoleClaim"/>.</summary>
    public const string RoleClaimVariable = "LAB_OIDC_ROLE_CLAIM";

    /// <summary>Environment variable of <see cref="RoleMap"/>: <c>VALUE=ROLE</c> pairs separated by commas.</summary>
    public const string RolesVariable = "LAB_OIDC_ROLES";

    /// <summary>Environment variable of <see cref="DefaultRole"/>: <c>observer</c>, <c>researcher</c>, or <c>none</c> (the default).</summary>
    public const string DefaultRoleVariable = "LAB_OIDC_DEFAULT_ROLE";

    /// <summary>The lab's client secret at the provider; null for a public client (PKCE only).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>What the sign-in page's button says: "Sign in with …".</summary>
    public string DisplayName { get; init; } = "single sign-on";

    /// <summary>The claim whose values give the lab role, e.g. <c>roles</c> or <c>groups</c>.</summary>
    public string RoleClaim { get; init; } = "roles";

    /// <summary>
    /// Claim values and the lab role each gives (<c>ux-team=researcher</c>); when there is none, the role names
    /// themselves (<c>admin</c>, <c>researcher</c>, <c>observer</c>, exactly so spelled) count. Several values give the
    /// highest of their roles.
    /// </summary>
    public IReadOnlyDictionary<string, AccountRole> RoleMap { get; init; } = new Dictionary<string, AccountRole>();

    /// <summary>The role of someone whose claims give none; null refuses them (nobody in the organisation reads study data by default).</summary>
    public AccountRole? DefaultRole { get; init; }

    /// <summary>The settings in the environment; null when <see cref="AuthorityVariable"/> is not set.</summary>
    /// <exception cref="InputException">A setting that is missing or malformed, named with its variable.</exception>
    public static OpenIdSettings? FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (Value(variable, AuthorityVariable) is not { } authorityText)
        {
            return null;
        }

        if (!Uri.TryCreate(authorityText, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && !(authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback)))
        {
            throw new InputException($"${AuthorityVariable}: \"{authorityText}\" is not an https:// address (plain http is accepted for a provider on this machine only)");
        }

        var clientId = Value(variable, ClientIdVariable) ?? throw new InputException($"${AuthorityVariable} is set but ${ClientIdVariable} is not: give the lab's client id at the provider");
        return new OpenIdSettings(authority, clientId)
        {
            ClientSecret = Value(variable, ClientSecretVariable),
            DisplayName = Value(variable, NameVariable) ?? "single sign-on",
            RoleClaim = Value(variable, RoleClaimVariable) ?? "roles",
            RoleMap = ParseRoles(Value(variable, RolesVariable)),
            DefaultRole = ParseDefaultRole(Value(variable, DefaultRoleVariable)),
        };
    }

    private static string? Value(Func<string, string?> variable, string name) => variable(name) is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static Dictionary<string, AccountRole> ParseRoles(string? text)
    {
        var map = new Dictionary<string, AccountRole>(StringComparer.Ordinal);
        foreach (var pair in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.LastIndexOf('=');
            if (equals <= 0 || !AccountRoles.TryParse(pair[(equals + 1)..].Trim(), out var role))
            {
                throw new InputException($"${RolesVariable}: \"{pair}\" is not VALUE=ROLE with ROLE one of admin, researcher, observer");
            }

            map[pair[..equals].Trim()] = role;
        }

        return map;
    }

    private static AccountRole? ParseDefaultRole(string? text) => text switch
    {
        null => null,
        _ when text.Equals("none", StringComparison.OrdinalIgnoreCase) => null,
        _ when AccountRoles.TryParse(text, out var role) && role != AccountRole.Admin => role,
        _ => throw new InputException($"${DefaultRoleVariable}: \"{text}\" is not observer, researcher or none (admins are given by a claim, never by default)"),
    };
}
