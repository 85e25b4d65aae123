namespace UsabilityLab.Core.Studies;

/// <summary>The current URL's path matches a glob (<c>/cart*</c>) or, when written <c>/…/</c>, a regular expression.</summary>
public sealed record UrlCriterion(string Pattern) : SuccessCriterion;
