namespace UsabilityLab.Core.Errors;

/// <summary>
/// Bad input from the user (a study file, a CSV, a config file, an argument). The message is one line that says
/// what, where (file:line:col when known) and how to fix it. The CLI maps it to exit code 2.
/// </summary>
public class InputException : Exception
{
    /// <summary>Creates the exception with a one-line, user-facing message.</summary>
    public InputException(string message) : base(message) { }

    /// <summary>Creates the exception with a one-line message and the underlying cause.</summary>
    public InputException(string message, Exception inner) : base(message, inner) { }

    /// <summary>For serializers and analyzers.</summary>
    public InputException() { }
}
