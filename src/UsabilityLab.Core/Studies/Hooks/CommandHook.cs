namespace UsabilityLab.Core.Studies.Hooks;

/// <summary>
/// A program run with arguments (no shell), in the study file's folder; it succeeds when it exits with code 0.
/// Arguments may hold <c>${PARTICIPANT}</c> and <c>${RUN}</c> (see <see cref="RunVariables"/>).
/// </summary>
/// <param name="Command">The program (a path relative to the study's folder when it has a slash, else looked up on
/// <c>PATH</c>), then its arguments.</param>
/// <param name="WorkingDirectory">The study file's folder, absolute.</param>
public sealed record CommandHook(IReadOnlyList<string> Command, string WorkingDirectory) : Hook;
