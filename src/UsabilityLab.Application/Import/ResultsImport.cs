using UsabilityLab.Core.Import;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Import;

/// <summary>The import use case: results logged by hand or by another tool, all rows or none.</summary>
public static class ResultsImport
{
    public static async Task<ImportResult> ImportAsync(ImportSettings settings, CancellationToken ct)
    {
        var data = ResultsCsv.Parse(settings.File, settings.Kind);
        if (!data.IsValid)
        {
            return new ImportResult(data, null);
        }

        var database = await LabDatabase.OpenAsync(settings.DatabasePath, ct);
        return new ImportResult(data, await new ImportWriter(database).WriteAsync(settings.Study, settings.Kind, data, ct));
    }
}
