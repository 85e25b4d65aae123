using Microsoft.AspNetCore.Http;
using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Server.Remote;

/// <summary>The HTTP answer to each <see cref="AdmissionVerdict"/> that refuses: its status code and a sentence for the participant.</summary>
public static class AdmissionReplies
{
    /// <summary>200, 404, 410, 409 or 403; 200 for a participant who has finished (they are thanked, not refused).</summary>
    public static int StatusCode(AdmissionVerdict verdict) => verdict switch
    {
        AdmissionVerdict.Admitted => StatusCodes.Status200OK,
        AdmissionVerdict.Unknown => StatusCodes.Status404NotFound,
        AdmissionVerdict.Expired => StatusCodes.Status410Gone,
        AdmissionVerdict.Used => StatusCodes.Status409Conflict,
        AdmissionVerdict.Revoked => StatusCodes.Status403Forbidden,
        AdmissionVerdict.Finished => StatusCodes.Status200OK,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>What the participant reads instead of the page.</summary>
    public static string Message(AdmissionVerdict verdict) => verdict switch
    {
        AdmissionVerdict.Admitted => "",
        AdmissionVerdict.Unknown => "This link does not lead to a session. Check that you copied all of it.",
        AdmissionVerdict.Expired => "This link has expired. Ask the researcher for a new one.",
        AdmissionVerdict.Used => "This link has already been used. Ask the researcher for a new one.",
        AdmissionVerdict.Revoked => "This link was withdrawn by the researcher.",
        AdmissionVerdict.Finished => "You have finished this study: every task is done. Thank you for taking part. You can close this page.",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>The title of the page the participant reads instead.</summary>
    public static string Title(AdmissionVerdict verdict) => verdict == AdmissionVerdict.Finished ? "Thank you" : "Link not valid";
}
