using UsabilityLab.Core.Accounts;

namespace UsabilityLab.Server.Accounts;

/// <summary>
/// The authorization policies <see cref="LabSignIn.AddLabSignIn"/> registers, by the least role each lets in: pages that
/// only show things require <see cref="Observer"/>, anything that changes state <see cref="Researcher"/>.
/// </summary>
public static class LabPolicies
{
    /// <summary>Any signed-in account: observer, researcher or admin.</summary>
    public const string Observer = "Observer";

    /// <summary>A researcher or an admin.</summary>
    public const string Researcher = "Researcher";

    /// <summary>An admin.</summary>
    public const string Admin = "Admin";

    /// <summary>The role names (as the sign-in cookie carries them) that <paramref name="least"/> and every role above it have.</summary>
    public static string[] RolesFrom(AccountRole least) => [.. AccountRoles.All.Where(r => r >= least).Select(AccountRoles.Name)];
}
