namespace UsabilityLab.Application;

/// <summary>
/// What a use case tells its user along the way that is not its result (a page left without a backdrop, an MP4 that
/// ffmpeg could not make): use cases do no console I/O, so the CLI prints these as "lab: …" lines on standard error
/// and a web host can show them on the page.
/// </summary>
public interface INotices
{
    /// <summary>One line, without a program prefix.</summary>
    void Tell(string notice);
}
