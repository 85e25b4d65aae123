namespace UsabilityLab.Application.Export;

/// <summary>What <see cref="RunExport"/> writes.</summary>
/// <param name="Run">Run id, or a study name for its latest run.</param>
/// <param name="Format">The files to write.</param>
/// <param name="Folder">Output folder; null for out/DB-HASH-run-N-export (or -frames), named by database and run.</param>
public sealed record ExportSettings(string Run, ExportFormat Format, string? Folder = null);
