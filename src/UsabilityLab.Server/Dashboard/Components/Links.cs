using System.Globalization;

namespace UsabilityLab.Server.Dashboard.Components;

/// <summary>The dashboard's addresses, built in one place so that every link and every route agree.</summary>
internal static class Links
{
    public static string Study(string name) => "/studies/" + Uri.EscapeDataString(name);

    public static string Run(long runId) => "/runs/" + runId.ToString(CultureInfo.InvariantCulture);

    public static string Task(long runId, string taskId) => $"{Run(runId)}/tasks/{Uri.EscapeDataString(taskId)}";

    public static string Sessions(long runId) => $"{Run(runId)}/sessions";

    public static string Session(long runId, string participant) => $"{Sessions(runId)}/{Uri.EscapeDataString(participant)}";

    public static string Moment(long runId, string participant, double seconds) =>
        Session(runId, participant) + "#t=" + seconds.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Download(long runId, string kind) => $"{Run(runId)}/download/{kind}";

    public static string Compare(long a, long b) => string.Create(CultureInfo.InvariantCulture, $"/compare?a={a}&b={b}");
}
