namespace UsabilityLab.Recording.Moderation;

/// <summary>What <see cref="ThinkAloudClips"/> accepts from a browser the lab does not trust: pieces in order, and at most <paramref name="MaxBytes"/> in all.</summary>
/// <param name="MaxBytes">The most audio stored over all clips of one session (a hostile page must not fill the disk).</param>
internal sealed record ClipLimits(long MaxBytes);
