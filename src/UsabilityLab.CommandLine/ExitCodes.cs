namespace UsabilityLab.CommandLine;

/// <summary>The CLI's exit codes; scripts and CI rely on them, so they never change meaning.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>The command ran, and reported gate or task failures.</summary>
    public const int Failures = 1;

    /// <summary>Bad usage or bad input (arguments, study file, CSV, config file).</summary>
    public const int Usage = 2;

    /// <summary>The environment lacks something (no browser, unwritable database, port taken).</summary>
    public const int Environment = 3;

    /// <summary>Interrupted with Ctrl-C (128 + SIGINT), after saving what was recorded.</summary>
    public const int Interrupted = 130;
}
