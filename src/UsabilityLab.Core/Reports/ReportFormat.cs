namespace UsabilityLab.Core.Reports;

/// <summary>Which files a report run writes.</summary>
public enum ReportFormat
{
    /// <summary>PDF only.</summary>
    Pdf,

    /// <summary>HTML only.</summary>
    Html,

    /// <summary>Both.</summary>
    Both,
}
