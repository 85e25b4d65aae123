namespace UsabilityLab.Server.Remote;

/// <summary>The participant's answer on the consent screen: <c>{"agree": true}</c> or <c>{"agree": false}</c>.</summary>
/// <param name="Agree">True to take part and be recorded; false to refuse (nothing is stored).</param>
public sealed record ConsentBody(bool? Agree);
