namespace UsabilityLab.Server.Remote;

/// <summary>How much of this host invited remote participants may use.</summary>
/// <param name="Browsers">Their browsers that may run at once (each a Chromium here); more participants wait.</param>
/// <param name="Grace">How long a participant whose connection dropped may take to come back before their session ends.</param>
/// <param name="Time">The clock the grace runs on.</param>
internal sealed record RemoteLimits(int Browsers, TimeSpan Grace, TimeProvider Time);
