using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>The session a console request is about, and whether the console may lead it.</summary>
/// <param name="Session">The moderated (or remote) session.</param>
/// <param name="Leads">
/// False for an unmoderated remote participant, whom the console only watches: the participant paces their tasks, so
/// task, clock and session commands are refused (notes and think-aloud audio are still taken).
/// </param>
internal sealed record ConsoleSubject(ModeratedSession Session, bool Leads = true);
