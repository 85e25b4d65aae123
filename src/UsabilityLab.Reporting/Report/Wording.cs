namespace UsabilityLab.Reporting.Report;

/// <summary>Who took part, in the words every page of a report uses: "participants", or "simulated participants".</summary>
/// <param name="Simulated">Every attempt was made by the persona model.</param>
/// <param name="Total">How many took part.</param>
internal sealed record Wording(bool Simulated, int Total)
{
    /// <summary>"simulated participants" or "participants".</summary>
    public string People => PeopleOf(Simulated);

    /// <summary>"simulated participants" when <paramref name="simulated"/>, else "participants".</summary>
    public static string PeopleOf(bool simulated) => simulated ? "simulated participants" : "participants";

    /// <summary>"simulated attempts" or "attempts".</summary>
    public string Attempts => Simulated ? "simulated attempts" : "attempts";
}
