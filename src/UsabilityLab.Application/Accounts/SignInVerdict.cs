namespace UsabilityLab.Application.Accounts;

/// <summary>How a sign-in ended.</summary>
public enum SignInVerdict
{
    /// <summary>The name and password match: the person is signed in.</summary>
    SignedIn,

    /// <summary>No such name, or the wrong password (the two are told apart to nobody).</summary>
    Refused,

    /// <summary>Too many wrong passwords in a row: refused whatever the password (<see cref="SignInLockout"/>).</summary>
    LockedOut,
}
