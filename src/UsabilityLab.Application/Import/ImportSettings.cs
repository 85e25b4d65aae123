using UsabilityLab.Core.Import;

namespace UsabilityLab.Application.Import;

/// <summary>What <see cref="ResultsImport"/> reads and where it stores it.</summary>
/// <param name="File">CSV with a header row.</param>
/// <param name="Study">Name of the study the results belong to.</param>
/// <param name="Kind">Outcomes, SUS or NPS answers.</param>
/// <param name="DatabasePath">SQLite file; null for the default ($USABILITYLAB_DB or ./usabilitylab.db).</param>
public sealed record ImportSettings(string File, string Study, ImportKind Kind, string? DatabasePath);
