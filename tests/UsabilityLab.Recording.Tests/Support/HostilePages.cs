using Microsoft.AspNetCore.Http;
using UsabilityLab.Core.Studies;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>Pages that misbehave in the ways real (or hostile) sites do, and tasks that open them.</summary>
internal static class HostilePages
{
    private const string Button = """<button id="go" onclick="this.textContent = 'done'">Go</button>""";

    // Counts its clicks, so a task can click it three times before its success text shows.
    private const string Counter = """<script>let n = 0</script><button id="go" onclick="this.textContent = 'clicked ' + (++n)">Go</button>""";

    public static Dictionary<string, string> Pages { get; } = new()
    {
        ["/ok"] = $"<!doctype html><title>ok</title><h1>Fine</h1>{Button}",
        ["/alert-loop"] = $"<!doctype html><title>alerts</title><script>while (true) alert('again')</script>{Button}",
        ["/replace-loop"] = $"<!doctype html><title>replace</title><script>location.replace('/replace-loop?' + Math.random())</script>{Button}",
        ["/timer-loop"] = $"<!doctype html><title>timer</title><script>setTimeout(() => location.href = '/timer-loop?' + Math.random(), 50)</script>{Button}",
        ["/confirm"] = """<!doctype html><title>confirm</title><button id="go" onclick="this.textContent = confirm('Discard changes?') ? 'done' : 'kept'">Go</button>""",
        ["/busy"] = """<!doctype html><title>busy</title><button id="go" onclick="while (true) {}">Go</button>""",
        ["/counter"] = $"<!doctype html><title>counter</title>{Counter}",
        ["/broken-json"] = $"<!doctype html><title>json</title><script>JSON.stringify = () => '[{{\"x\":'</script>{Counter}",
        ["/empty-json"] = $"<!doctype html><title>json</title><script>JSON.stringify = () => '{{}}'</script>{Counter}",
        ["/to-json"] = $"<!doctype html><title>json</title><script>Array.prototype.toJSON = function () {{ return 'array'; }}</script>{Counter}",
    };

    public static Dictionary<string, RequestDelegate> Handlers { get; } = new() { ["/hang"] = LoopbackSite.NeverAnswers };

    public static Task<LoopbackSite> StartAsync() => LoopbackSite.StartAsync(Pages, Handlers);

    /// <summary>A task that opens <paramref name="path"/> and clicks its Go button <paramref name="clicks"/> times.</summary>
    public static StudyTask Task(string path, int timeLimitSeconds = 30) => new(
        path.Trim('/'), path.Trim('/'), "Press Go.", path, TimeSpan.FromSeconds(timeLimitSeconds),
        [new TextCriterion("done")], [], [new ClickStep("#go")]);

    /// <summary>A task on a counter page: three clicks on Go, then "clicked 3" shows.</summary>
    public static StudyTask ThreeClicks(string path) => new(
        path.Trim('/'), path.Trim('/'), "Press Go three times.", path, TimeSpan.FromSeconds(60),
        [new TextCriterion("clicked 3")], [], [new ClickStep("#go"), new ClickStep("#go"), new ClickStep("#go")]);

    public static Study Study(Uri target, int participants, params StudyTask[] tasks) => new(
        "Hostile pages", target, null,
        new ParticipantPlan(participants, 3, new Dictionary<string, int> { ["typical"] = 1 }),
        QuestionnairePlan.None, tasks, [], CapturePolicy.Default);
}
