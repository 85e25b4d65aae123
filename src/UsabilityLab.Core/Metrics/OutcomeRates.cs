using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Metrics;

/// <summary>Outcome rates of a set of attempts, each with an adjusted-Wald interval.</summary>
/// <param name="Attempts">Attempts counted (interrupted attempts are excluded).</param>
/// <param name="Success">Successful attempts.</param>
/// <param name="Failure">Failed attempts (time limit or steps exhausted).</param>
/// <param name="Abandon">Abandoned attempts.</param>
/// <param name="TechnicalError">Attempts that ended in a technical error or crash (not the participant's errors).</param>
public sealed record OutcomeRates(int Attempts, Proportion Success, Proportion Failure, Proportion Abandon, Proportion TechnicalError);
