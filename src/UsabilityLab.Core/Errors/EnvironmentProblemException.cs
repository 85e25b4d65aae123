namespace UsabilityLab.Core.Errors;

/// <summary>
/// The machine lacks something the command needs (no browser, database not writable, port taken).
/// The message says what was tried and how to fix it. The CLI maps it to exit code 3.
/// </summary>
public class EnvironmentProblemException : Exception
{
    /// <summary>Creates the exception with a one-line, user-facing message.</summary>
    public EnvironmentProblemException(string message) : base(message) { }

    /// <summary>Creates the exception with a one-line message and the underlying cause.</summary>
    public EnvironmentProblemException(string message, Exception inner) : base(message, inner) { }

    /// <summary>For serializers and analyzers.</summary>
    public EnvironmentProblemException() { }
}
