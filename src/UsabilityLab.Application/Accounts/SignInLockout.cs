namespace UsabilityLab.Application.Accounts;

/// <summary>
/// How many wrong passwords lock an account, and for how long. After <see cref="MaxFailures"/> wrong passwords in a row,
/// every sign-in to the account is refused for <see cref="Minutes"/> minutes, the right password too (so guessing on
/// through the lockout learns nothing); then the count starts over. A good password, or a new one set with
/// <c>./lab users passwd</c>, clears the count and the lockout.
/// </summary>
public static class SignInLockout
{
    /// <summary>Wrong passwords in a row that lock the account.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a locked account stays locked, in minutes.</summary>
    public const int Minutes = 15;

    /// <summary><see cref="Minutes"/> as a span of time.</summary>
    public static TimeSpan Duration { get; } = TimeSpan.FromMinutes(Minutes);
}
