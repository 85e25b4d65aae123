using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Hooks;
using UsabilityLab.Recording.Runner.Hooks;
using UsabilityLab.Recording.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Runner.Hooks;

/// <summary>Request and command hooks as the runner runs them (no browser): what they send and run, and the one line
/// that says why one failed.</summary>
public sealed class HookRunnerTests : IAsyncLifetime
{
    private readonly List<string> _received = [];
    private LoopbackSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync(new Dictionary<string, string>(), new Dictionary<string, RequestDelegate>
        {
            ["/reset"] = async context =>
            {
                var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
                lock (_received)
                {
                    _received.Add($"{context.Request.Method} {context.Request.ContentType} {context.Request.Headers["X-Token"]} {body}");
                }

                context.Response.StatusCode = StatusCodes.Status204NoContent;
            },
            ["/broken"] = async context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsync("database locked\nat Reset()");
            },
        });
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task RunAsync_RequestAnswersAsExpected_SentWithItsMethodBodyAndHeaders()
    {
        var hook = new RequestHook("POST", "/reset?for=P01", "{\"all\": true}", new Dictionary<string, string> { ["X-Token"] = "t0k3n" }, 204);

        var failure = await RunAsync([hook]);

        Assert.Null(failure);
        Assert.Equal(["POST application/json; charset=utf-8 t0k3n {\"all\": true}"], _received);
    }

    [Fact]
    public async Task RunAsync_RequestToASubdomainOfLocalhost_ReachesLoopbackAsTheBrowserDoes()
    {
        // The machine's resolver knows no staging.localhost; Chromium (and RFC 6761) send it to loopback all the same.
        var hook = new RequestHook("DELETE", $"http://staging.localhost:{_site.BaseUrl.Port}/reset", null, new Dictionary<string, string>(), 204);

        var failure = await RunAsync([hook]);

        Assert.Null(failure);
        Assert.Equal(["DELETE   "], _received);
    }

    [Fact]
    public async Task RunAsync_RequestAnswers500_OneLineNamesTheHookAndTheAnswer()
    {
        var hook = new RequestHook("POST", "/broken", null, new Dictionary<string, string>(), null) { Source = "study.yaml:5:7" };

        var failure = await RunAsync([hook, new RequestHook("POST", "/reset", null, new Dictionary<string, string>(), null)]);

        Assert.Equal(
            $"study.yaml:5:7: participant setup failed: request POST {_site.Url("/broken")} answered 500 Internal Server Error, expected 2xx: database locked at Reset()",
            failure?.Line);
        Assert.Empty(_received); // the hooks after a failed one do not run
    }

    [Fact]
    public async Task RunAsync_CommandExitsNonZero_FailsWithItsLastErrorLine()
    {
        var hook = new CommandHook(["sh", "-c", "echo resetting; echo 'no database' >&2; exit 3"], Path.GetTempPath()) { Source = "study.yaml:9:7" };

        var failure = await RunAsync([hook]);

        Assert.Equal("study.yaml:9:7: participant setup failed: command sh -c echo resetting; echo 'no database' >&2; exit 3 exited with code 3: no database", failure?.Line);
    }

    [Fact]
    public async Task RunAsync_Command_RunsInTheStudyFolderWithItsArgumentsExpanded()
    {
        var folder = Directory.CreateTempSubdirectory("lab-hook-");
        try
        {
            var study = Study() with
            {
                Hooks = new StudyHooks(HookPlan.None with { Participant = [new CommandHook(["sh", "-c", "pwd > ran.txt; echo \"$1\" >> ran.txt", "sh", "${PARTICIPANT}-${RUN}"], folder.FullName)] }, HookPlan.None),
            };
            var expanded = RunVariables.ForParticipant(study, "P07", "42");

            var failure = await RunAsync(expanded.Hooks.Setup.Participant, expanded);

            Assert.Null(failure);
            Assert.Equal([folder.FullName, "P07-42"], File.ReadAllLines(Path.Combine(folder.FullName, "ran.txt")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_ProgramNotFound_SaysItCouldNotStart()
    {
        var failure = await RunAsync([new CommandHook(["./no-such-script.sh"], Path.GetTempPath())]);

        Assert.StartsWith($"command ./no-such-script.sh could not be started: ", failure?.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HookRunsPastItsTimeout_FailsNamingTheTimeout()
    {
        var time = new FakeTimeProvider();
        var hook = new CommandHook(["sleep", "60"], Path.GetTempPath()) { Timeout = TimeSpan.FromSeconds(5) };

        var running = RunAsync([hook], time: time);
        time.Advance(TimeSpan.FromSeconds(5));
        var failure = await running;

        Assert.Equal("command sleep 60 did not finish within its timeout of 5 s", failure?.Problem);
    }

    private Study Study() => DemoStudies.Create(_site.BaseUrl, DemoStudies.FindReturns);

    private Task<HookFailure?> RunAsync(IReadOnlyList<Hook> hooks, Study? study = null, TimeProvider? time = null) =>
        new HookRunner(study ?? Study(), new UsabilityLab.Browser.BrowserConfig(), time ?? TimeProvider.System)
            .RunAsync(hooks, HookLevel.Participant, HookPhase.Setup, new HookBrowser(() => throw new InvalidOperationException("no browser here"), _ => { }), CancellationToken.None);
}
