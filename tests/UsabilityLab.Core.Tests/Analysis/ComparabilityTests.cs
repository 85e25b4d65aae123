using UsabilityLab.Core.Analysis;

namespace UsabilityLab.Core.Tests.Analysis;

/// <summary>When `lab compare` and the report's comparison warn that two runs are not like for like.</summary>
public class ComparabilityTests
{
    [Theory]
    [InlineData("Scripted", "mixed", "Scripted", "exact", "run A was recorded with simulated participants (mixed personas), run B with the exact persona")]
    [InlineData("Scripted", "exact", "Moderated", null, "run A was recorded with the exact persona (a QA benchmark without human-like deviations), run B with people")]
    [InlineData("Imported", null, "Scripted", "mixed", "run A was recorded with imported results, run B with simulated participants")]
    public void Warning_ParticipantsDifferInKind_NamesBothKinds(string modeA, string? personaA, string modeB, string? personaB, string expected)
    {
        var warning = Comparability.Warning(modeA, personaA, modeB, personaB);

        Assert.NotNull(warning);
        Assert.StartsWith("Not like for like: ", warning, StringComparison.Ordinal);
        Assert.Contains(expected, warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Scripted", "mixed", "Scripted", "mixed")]
    [InlineData("Scripted", "exact", "Scripted", "exact")]
    [InlineData("Moderated", null, "Imported", null)] // people against people: what a redesign study does
    public void Warning_ParticipantsAlike_None(string modeA, string? personaA, string modeB, string? personaB) =>
        Assert.Null(Comparability.Warning(modeA, personaA, modeB, personaB));
}
