namespace UsabilityLab.Core.Studies.Hooks;

/// <summary>
/// An HTTP request, e.g. to a staging reset endpoint. <paramref name="Url"/>, <paramref name="Body"/> and the header
/// values may hold <c>${PARTICIPANT}</c> and <c>${RUN}</c> (see <see cref="RunVariables"/>).
/// </summary>
/// <param name="Method">The method, in capitals (<c>POST</c>).</param>
/// <param name="Url">Relative to the study's target, or an absolute http(s) URL.</param>
/// <param name="Body">What is sent, or null for nothing; JSON unless a <c>Content-Type</c> header says otherwise.</param>
/// <param name="Headers">Request headers by name.</param>
/// <param name="Status">The status the request must answer with; null means any 2xx.</param>
public sealed record RequestHook(string Method, string Url, string? Body, IReadOnlyDictionary<string, string> Headers, int? Status) : Hook;
