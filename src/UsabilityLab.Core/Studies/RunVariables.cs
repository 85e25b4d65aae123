using System.Text;
using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Core.Studies;

/// <summary>
/// <c>${PARTICIPANT}</c> (the participant's label, <c>P01</c>) and <c>${RUN}</c> (the run's id), so that each participant
/// can create data of their own. Unlike <c>${ENV}</c> they are known only when a participant runs: the loader keeps
/// them in step values (<c>fill</c>, <c>select</c>, <c>goto</c>, <c>expect</c> text), success <c>text</c> and hooks'
/// requests, commands and steps, with <c>$${</c> kept for a literal <c>${</c>; the runner expands them with
/// <see cref="ForParticipant"/> (or <see cref="Expand"/>) before anything uses those values.
/// </summary>
public static class RunVariables
{
    /// <summary>The participant's label.</summary>
    public const string Participant = "PARTICIPANT";

    /// <summary>The run's id.</summary>
    public const string Run = "RUN";

    /// <summary>Both names.</summary>
    public static IReadOnlyList<string> Names { get; } = [Participant, Run];

    /// <summary>
    /// <paramref name="template"/> with <c>${PARTICIPANT}</c> and <c>${RUN}</c> replaced and <c>$${</c> made a literal
    /// <c>${</c>. Without a participant (run-level hooks, which the loader keeps from naming one) the reference stays.
    /// </summary>
    public static string Expand(string template, string? participant, string run)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (!template.Contains("${", StringComparison.Ordinal))
        {
            return template;
        }

        var result = new StringBuilder(template.Length + 8);
        for (var i = 0; i < template.Length;)
        {
            var rest = template.AsSpan(i);
            if (rest.StartsWith("$${", StringComparison.Ordinal))
            {
                result.Append("${");
                i += 3;
            }
            else if (participant is not null && rest.StartsWith("${" + Participant + "}", StringComparison.Ordinal))
            {
                result.Append(participant);
                i += Participant.Length + 3;
            }
            else if (rest.StartsWith("${" + Run + "}", StringComparison.Ordinal))
            {
                result.Append(run);
                i += Run.Length + 3;
            }
            else
            {
                result.Append(template[i++]);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The study as <paramref name="participant"/> of run <paramref name="run"/> meets it: every value that may hold
    /// the two names expanded, in the tasks and in the participant- and task-level hooks (run-level hooks are expanded
    /// with <see cref="ForRun"/>).
    /// </summary>
    public static Study ForParticipant(Study study, string participant, string run)
    {
        ArgumentNullException.ThrowIfNull(study);
        string X(string text) => Expand(text, participant, run);
        return study with
        {
            Tasks = [.. study.Tasks.Select(t => t with { Steps = ExpandSteps(t.Steps, X), Success = [.. t.Success.Select(c => c is TextCriterion text ? new TextCriterion(X(text.Text)) : c)] })],
            Hooks = new StudyHooks(
                study.Hooks.Setup with { Participant = ExpandHooks(study.Hooks.Setup.Participant, X), Task = ExpandHooks(study.Hooks.Setup.Task, X) },
                study.Hooks.Teardown with { Participant = ExpandHooks(study.Hooks.Teardown.Participant, X), Task = ExpandHooks(study.Hooks.Teardown.Task, X) }),
        };
    }

    /// <summary>Run-level <paramref name="hooks"/> with <c>${RUN}</c> expanded.</summary>
    public static IReadOnlyList<Hook> ForRun(IReadOnlyList<Hook> hooks, string run) => ExpandHooks(hooks, text => Expand(text, null, run));

    private static List<Hook> ExpandHooks(IReadOnlyList<Hook> hooks, Func<string, string> x) =>
    [
        .. hooks.Select(hook => hook switch
        {
            StepsHook steps => steps with { Steps = ExpandSteps(steps.Steps, x) },
            RequestHook request => request with
            {
                Url = x(request.Url),
                Body = request.Body is null ? null : x(request.Body),
                Headers = request.Headers.ToDictionary(h => h.Key, h => x(h.Value), StringComparer.OrdinalIgnoreCase),
            },
            CommandHook command => command with { Command = [.. command.Command.Select(x)] },
            _ => hook,
        }),
    ];

    private static List<TaskStep> ExpandSteps(IReadOnlyList<TaskStep> steps, Func<string, string> x) =>
    [
        .. steps.Select(step => step switch
        {
            FillStep fill => fill with { Value = x(fill.Value) },
            SelectStep select => select with { Value = x(select.Value) },
            GotoStep go => go with { Url = x(go.Url) },
            ExpectStep { Text: { } text } expect => expect with { Text = x(text) },
            _ => step,
        }),
    ];
}
