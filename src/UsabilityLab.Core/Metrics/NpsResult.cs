namespace UsabilityLab.Core.Metrics;

/// <summary>Net Promoter Score with its counts.</summary>
/// <param name="Score">% promoters − % detractors, −100 to 100.</param>
/// <param name="Promoters">Answers of 9 or 10.</param>
/// <param name="Passives">Answers of 7 or 8.</param>
/// <param name="Detractors">Answers of 0 to 6.</param>
/// <param name="N">Number of answers.</param>
public sealed record NpsResult(double Score, int Promoters, int Passives, int Detractors, int N);
