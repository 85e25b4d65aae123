using UsabilityLab.Core.Import;

namespace UsabilityLab.Application.Import;

/// <summary>The file as read, and the run it went into; no run when the file had problems (then nothing is stored).</summary>
public sealed record ImportResult(ImportedData Data, long? RunId);
