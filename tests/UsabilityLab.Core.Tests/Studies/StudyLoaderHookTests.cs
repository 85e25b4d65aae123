using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Core.Tests.Studies;

/// <summary>The <c>setup</c> and <c>teardown</c> hooks: their shapes as read, and their mistakes as reported.</summary>
public class StudyLoaderHookTests
{
    // Lines 1-2 are the header; a hooks section starts on line 3, and the task follows it.
    private static string WithHooks(string hooks) => StudyTexts.MinimalHeader + "\n" + hooks + "\n" + StudyTexts.MinimalTask + "\n";

    [Fact]
    public void Parse_EveryHookKind_ReadAtItsLevelWithItsPlace()
    {
        var yaml = WithHooks("""
            setup:
              run:
                - request: POST /api/test/reset
              participant:
                - steps:
                    - fill: { selector: "#email", value: "${PARTICIPANT}-${RUN}@example.com" }
                    - click: "role=button[name='Sign in']"
                  start: /login
                  timeout: 1m
              task:
                - command: [./seed.sh, --for, "${PARTICIPANT}"]
            teardown:
              run:
                - request:
                    method: delete
                    url: https://staging.example.com/api/runs/${RUN}
                    body: '{"keep": false}'
                    headers: { Authorization: "Bearer ${TOKEN}" }
                    status: 204
            """);

        var study = StudyTexts.Parse(yaml, new Dictionary<string, string> { ["TOKEN"] = "t0k3n" }).Study!;

        var reset = Assert.IsType<RequestHook>(Assert.Single(study.Hooks.Setup.Run));
        Assert.Equal(("POST", "/api/test/reset", (int?)null, "study.yaml:5:7", Hook.DefaultTimeout), (reset.Method, reset.Url, reset.Status, reset.Source, reset.Timeout));
        var signIn = Assert.IsType<StepsHook>(Assert.Single(study.Hooks.Setup.Participant));
        Assert.Equal(("/login", TimeSpan.FromMinutes(1), "study.yaml:7:7"), (signIn.Start, signIn.Timeout, signIn.Source));
        Assert.Equal(new FillStep("#email", "${PARTICIPANT}-${RUN}@example.com") { Line = 8 }, signIn.Steps[0]);
        var seed = Assert.IsType<CommandHook>(Assert.Single(study.Hooks.Setup.Task));
        Assert.Equal(["./seed.sh", "--for", "${PARTICIPANT}"], seed.Command);
        Assert.Equal(Directory.GetCurrentDirectory(), seed.WorkingDirectory);
        var delete = Assert.IsType<RequestHook>(Assert.Single(study.Hooks.Teardown.Run));
        Assert.Equal(("DELETE", "https://staging.example.com/api/runs/${RUN}", "{\"keep\": false}", 204), (delete.Method, delete.Url, delete.Body, delete.Status));
        Assert.Equal("Bearer t0k3n", delete.Headers["authorization"]);
        Assert.Empty(study.Hooks.Teardown.Participant);
    }

    [Fact]
    public void LoadFile_CommandHook_RunsInTheStudyFilesFolder()
    {
        var folder = Directory.CreateTempSubdirectory("lab-hooks-");
        try
        {
            var path = Path.Combine(folder.FullName, "study.yaml");
            File.WriteAllText(path, WithHooks("setup: { run: [ { command: [./reset.sh] } ] }"));

            var hook = UsabilityLab.Core.Studies.Loading.StudyLoader.LoadFile(path).Study!.Hooks.Setup.Run[0];

            Assert.Equal(folder.FullName, Assert.IsType<CommandHook>(hook).WorkingDirectory);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("setup: { everyTask: [] }", "3:10: unknown key 'everyTask' in setup; valid keys are run, participant, task")]
    [InlineData("setup: [ { request: /reset } ]", "3:8: setup must be a mapping, e.g. { participant: [ { request: { method: POST, url: /api/test/reset } } ] }; got a list")]
    [InlineData("teardown: { task: { request: /reset } }", "3:19: teardown.task must be a list, e.g. [ { request: POST /api/test/reset } ]; got a mapping")]
    [InlineData("setup: { task: [ { timeout: 5s } ] }", "3:18: a hook does one of steps, request or command; write e.g. - request: POST /api/test/reset")]
    [InlineData("setup: { task: [ { request: /a, command: [ls] } ] }", "3:33: a hook does one thing; move 'command' to its own list item (- command: …)")]
    [InlineData("setup: { task: [ { requests: /a } ] }", "3:20: unknown key 'requests' in setup.task hook; did you mean 'request'?")]
    [InlineData("setup: { task: [ { request: /a, start: /b } ] }", "3:33: 'start' is the page a steps hook opens first; a request or command has none")]
    [InlineData("setup: { task: [ { request: } ] }", "3:20: 'request' has no value; write e.g. - request: POST /api/test/reset")]
    [InlineData("setup: { task: [ { request: FETCH /a } ] }", "3:29: request method 'FETCH' is not one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS")]
    [InlineData("setup: { task: [ { request: { method: POST } } ] }", "3:29: request is missing 'url'; add e.g. url: /api/test/reset")]
    [InlineData("setup: { task: [ { request: { url: /a, status: 700 } } ] }", "3:48: request status must be between 100 and 599, got 700")]
    [InlineData("setup: { task: [ { request: { url: /a, headers: [x] } } ] }", "3:49: request headers is a mapping of names to values, e.g. { Authorization: \"Bearer ${RESET_TOKEN}\" }; got a list")]
    [InlineData("setup: { task: [ { request: \"POST ftp://x/reset\" } ] }", "3:29: request url 'ftp://x/reset' must be a path like /cart or an absolute http(s) URL like https://shop.example.com/cart")]
    [InlineData("setup: { task: [ { command: ./reset.sh --all } ] }", "3:29: command is a list: the program, then each argument, e.g. [./reset-db.sh, --participant, \"${PARTICIPANT}\"]; got './reset.sh --all'")]
    [InlineData("setup: { task: [ { command: [] } ] }", "3:29: command is a list: the program, then each argument, e.g. [./reset-db.sh, --participant, \"${PARTICIPANT}\"]; got a list")]
    [InlineData("setup: { task: [ { steps: [] } ] }", "3:27: steps is empty; add what the hook does, e.g. - goto: /login")]
    [InlineData("setup: { task: [ { steps: [ { hover: a } ] } ] }", "3:31: unknown step kind 'hover'; use one of click, fill, press, select, goto, wait, expect")]
    public void Parse_BadHookShape_ReportedWhereItIs(string hooks, string expected)
    {
        Assert.Equal([expected], StudyTexts.Parse(WithHooks(hooks)).Located());
    }

    [Theory]
    [InlineData("0s", "3:42: timeout must be longer than 0s, e.g. 30s")]
    [InlineData("2h", "3:42: timeout '2h' is too long; at most 1h")]
    [InlineData("30", "3:42: timeout '30' has no unit; add a unit, e.g. 120s")]
    public void Parse_HookTimeoutOutOfBounds_Reported(string timeout, string expected)
    {
        var yaml = WithHooks($"setup: {{ task: [ {{ request: /a, timeout: {timeout} }} ] }}");

        Assert.Equal([expected], StudyTexts.Parse(yaml).Located());
    }

    [Fact]
    public void Parse_ParticipantInARunHook_SaysItHasNoValueThere()
    {
        var yaml = WithHooks("setup: { run: [ { request: \"POST /api/users/${PARTICIPANT}\" } ] }");

        Assert.Equal(
            ["3:28: ${PARTICIPANT} has no value in run hooks, which run once for the whole run; use ${RUN} there, or move the hook to participant"],
            StudyTexts.Parse(yaml).Located());
    }
}
