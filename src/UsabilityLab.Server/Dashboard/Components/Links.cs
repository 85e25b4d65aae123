using System.Globalization;

namespace UsabilityLab.Server.Dashboard.Components;

/// <summary>The dashboard's addresses, built in one place so that every link and every route agree.</summary>
internal static class Links
{
    public static string Study(string name) => "/studies/" + Uri.EscapeDataString(name);

    public static string Invitations(string studyName) => Study(studyName) + "/invitations";

    /// <summary>The console of a live remote participant (<see cref="LiveConsoles"/>): led when moderated, else watched.</summary>
    public static string LiveConsole(long invitationId) => $"/live/{invitationId.ToString(CultureInfo.InvariantCulture)}/";

    public static string Run(long runId) => "/runs/" + runId.ToString(CultureInfo.InvariantCulture);

    public static string Task(long runId, string taskId) => $"{Run(runId)}/tasks/{Uri.EscapeDataString(taskId)}";

    public static string Sessions(long runId) => $"{Run(runId)}/sessions";

    public static string Session(long runId, string participant) => $"{Sessions(runId)}/{Uri.EscapeDataString(participant)}";

    /// <summary>
    /// A moment of a session: <c>?t=</c> makes the server draw its picture, <c>#t=</c> marks its line in the timeline.
    /// A link that has only <c>#t=</c> (as people share it) works too: the page's script asks for that picture.
    /// </summary>
    public static string Moment(long runId, string participant, double seconds)
    {
        var t = seconds.ToString("0.0", CultureInfo.InvariantCulture);
        return $"{Session(runId, participant)}?t={t}#t={t}";
    }

    public static string MomentPicture(long runId, string participant, double seconds) =>
        $"{Session(runId, participant)}/moment.jpg?t={seconds.ToString("0.0", CultureInfo.InvariantCulture)}";

    /// <summary>The index of a moderated session's replay (<see cref="Application.Dashboard.SessionReplay"/>) as JSON.</summary>
    public static string Replay(long runId, string participant) => $"{Session(runId, participant)}/replay.json";

    /// <summary>Where a replay's frames are: the frame's id and <c>.jpg</c> follow.</summary>
    public static string ReplayFrames(long runId, string participant) => $"{Session(runId, participant)}/replay/frames/";

    public static string ReplayFrame(long runId, string participant, long frameId) =>
        ReplayFrames(runId, participant) + frameId.ToString(CultureInfo.InvariantCulture) + ".jpg";

    public static string ReplayAudio(long runId, string participant, long clipId) =>
        $"{Session(runId, participant)}/replay/audio/{clipId.ToString(CultureInfo.InvariantCulture)}";

    public static string Download(long runId, string kind) => $"{Run(runId)}/download/{kind}";

    public static string Compare(long a, long b) => string.Create(CultureInfo.InvariantCulture, $"/compare?a={a}&b={b}");
}
