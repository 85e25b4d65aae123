using System.Security.Claims;
using UsabilityLab.Core.Accounts;
using UsabilityLab.Core.Errors;
using UsabilityLab.Server.Accounts;

namespace UsabilityLab.Server.Tests.Accounts;

/// <summary>Single sign-on's settings from the environment, and the lab role a provider's claims give.</summary>
public sealed class OpenIdSettingsTests
{
    [Fact]
    public void OpenIdRoles_SeveralValues_TheHighestMappedRoleWins_MapAloneCountsWhenGiven_DefaultOnlyWithoutOne()
    {
        var settings = new OpenIdSettings(new Uri("https://id.example.org/realms/lab"), "lab")
        {
            RoleMap = new Dictionary<string, AccountRole> { ["ux-team"] = AccountRole.Researcher },
            DefaultRole = AccountRole.Observer,
        };

        Assert.Equal(AccountRole.Researcher, OpenIdRoles.Of(Principal("ux-team", "admin"), settings)); // with a map, only the map counts
        Assert.Equal(AccountRole.Admin, OpenIdRoles.Of(Principal("observer", "admin"), settings with { RoleMap = new Dictionary<string, AccountRole>() }));
        Assert.Equal(AccountRole.Observer, OpenIdRoles.Of(Principal("Admin"), settings with { RoleMap = new Dictionary<string, AccountRole>() })); // not spelled as the role: the default
        Assert.Equal(AccountRole.Researcher, OpenIdRoles.Of(Principal("ux-team", "sales"), settings));
        Assert.Equal(AccountRole.Observer, OpenIdRoles.Of(Principal("sales"), settings));
        Assert.Null(OpenIdRoles.Of(Principal("sales"), settings with { DefaultRole = null }));
    }

    [Theory]
    [InlineData("http://id.example.org", null, null, "$LAB_OIDC_AUTHORITY: \"http://id.example.org\" is not an https:// address")]
    [InlineData("https://id.example.org", null, null, "$LAB_OIDC_AUTHORITY is set but $LAB_OIDC_CLIENT_ID is not")]
    [InlineData("https://id.example.org", "lab", "ux-team=superuser", "$LAB_OIDC_ROLES: \"ux-team=superuser\" is not VALUE=ROLE")]
    public void OpenIdSettings_Malformed_ClearLineNamingTheVariable(string authority, string? clientId, string? roles, string expected)
    {
        var error = Assert.Throws<InputException>(() => OpenIdSettings.FromEnvironment(name => name switch
        {
            OpenIdSettings.AuthorityVariable => authority,
            OpenIdSettings.ClientIdVariable => clientId,
            OpenIdSettings.RolesVariable => roles,
            _ => null,
        }));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenIdSettings_NoAuthority_NoSingleSignOn_AdminNeverByDefault()
    {
        Assert.Null(OpenIdSettings.FromEnvironment(_ => null));
        var error = Assert.Throws<InputException>(() => OpenIdSettings.FromEnvironment(name => name switch
        {
            OpenIdSettings.AuthorityVariable => "https://id.example.org",
            OpenIdSettings.ClientIdVariable => "lab",
            OpenIdSettings.DefaultRoleVariable => "admin",
            _ => null,
        }));
        Assert.Contains("never by default", error.Message, StringComparison.Ordinal);
    }

    private static ClaimsPrincipal Principal(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim("roles", r))));
}
