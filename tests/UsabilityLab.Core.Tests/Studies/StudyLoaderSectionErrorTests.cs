using UsabilityLab.Core.Studies;
namespace UsabilityLab.Core.Tests.Studies;

/// <summary>Problems in viewport, participants, questionnaires, capture and gates (appended from line 9).</summary>
public class StudyLoaderSectionErrorTests
{
    private static string[] With(string section) => StudyTexts.Parse(StudyTexts.Minimal + section + "\n").Located();

    [Theory]
    [InlineData("viewport: { width: wide, height: 800 }", "9:20: viewport.width must be a whole number, got 'wide'")]
    [InlineData("viewport: { width: 1280, height: 50 }", "9:34: viewport.height must be between 100 and 10000, got 50")]
    [InlineData("viewport: { width: 1280 }", "9:11: viewport is missing 'height'; add e.g. height: 800")]
    [InlineData("viewport: 1280x800", "9:11: viewport must be a mapping, e.g. { width: 1280, height: 800 }; got '1280x800'")]
    public void Parse_BadViewport_Reported(string section, string expected) => Assert.Equal([expected], With(section));

    [Theory]
    [InlineData("participants: { count: twelve }", "9:24: participants.count must be a whole number, got 'twelve'")]
    [InlineData("participants: { count: 0 }", "9:24: participants.count must be between 1 and 10000, got 0")]
    [InlineData("participants: { count: 12, seed: 4.2 }", "9:34: participants.seed must be a whole number, got '4.2'")]
    [InlineData("participants: { count: 12, personas: { expert: 3, typical: 6 } }", "9:38: participants.personas add up to 9 but participants.count is 12; make them match, or leave out count")]
    [InlineData("participants: { personas: { experts: 3 } }", "9:29: unknown persona 'experts' in participants.personas; did you mean 'expert'?")]
    [InlineData("participants: { personas: { power-user: 3 } }", "9:29: unknown persona 'power-user' in participants.personas; known personas are expert, typical, novice")]
    [InlineData("participants: { personas: { novice: -1, typical: 2 } }", "9:37: participants.personas.novice must be between 0 and 10000, got -1")]
    [InlineData("participants: { personas: { novice: 0 } }", "9:27: participants.personas must include at least one participant, e.g. { typical: 5 }")]
    [InlineData("participants: { cuont: 3 }", "9:17: unknown key 'cuont' in participants; did you mean 'count'?")]
    public void Parse_BadParticipants_Reported(string section, string expected) => Assert.Equal([expected], With(section));

    [Theory]
    [InlineData("questionnaires: { afterEachTask: nps }", "9:34: questionnaires.afterEachTask has no questionnaire 'nps'; use seq")]
    [InlineData("questionnaires: { afterEachTask: seqq }", "9:34: questionnaires.afterEachTask has no questionnaire 'seqq'; did you mean 'seq'?")]
    [InlineData("questionnaires: { afterStudy: [sus, nsp] }", "9:37: questionnaires.afterStudy has no questionnaire 'nsp'; did you mean 'nps'?")]
    [InlineData("questionnaires: { afterStudy: [sus, sus] }", "9:37: questionnaires.afterStudy lists 'sus' twice; remove one")]
    [InlineData("questionnaires: { afterStudy: sus }", "9:31: questionnaires.afterStudy must be a list, e.g. [sus, nps]; got 'sus'")]
    public void Parse_BadQuestionnaires_Reported(string section, string expected) => Assert.Equal([expected], With(section));

    [Theory]
    [InlineData("capture: { recordValues: [\"#search[\"] }", "9:27: capture.recordValues entry \"#search[\" is not a valid selector: '[' at position 8 is not closed; add ']'")]
    [InlineData("capture: { keepQuery: yes }", "9:23: capture.keepQuery must be true or false, got 'yes'")]
    [InlineData("capture: { recordValue: [\"#q\"] }", "9:12: unknown key 'recordValue' in capture; did you mean 'recordValues'?")]
    [InlineData("capture: { ignore: { console: [\"(unclosed\"] } }", "9:32: capture.ignore.console: /(unclosed/ is not a valid regular expression (Invalid pattern '(unclosed' at offset 9. Not enough )'s)")]
    [InlineData("capture: { ignore: { requests: [\"/(bad/\"] } }", "9:33: capture.ignore.requests: /(bad/ is not a valid regular expression (Invalid pattern '(bad' at offset 4. Not enough )'s); fix it, or drop the surrounding slashes to use a glob such as /cart*")]
    [InlineData("capture: { ignore: { request: [\"/x\"] } }", "9:22: unknown key 'request' in capture.ignore; did you mean 'requests'?")]
    public void Parse_BadCapture_Reported(string section, string expected) => Assert.Equal([expected], With(section));

    [Fact]
    public void Parse_Dialogs_StudyPolicy_TaskMayOverride()
    {
        var study = StudyTexts.Parse(StudyTexts.Minimal.Replace("tasks:", "dialogs: dismiss\ntasks:", StringComparison.Ordinal)).Study!;

        Assert.Equal(DialogPolicy.Dismiss, study.Dialogs);
        Assert.Equal(DialogPolicy.Dismiss, study.DialogsFor(study.Tasks[0]));
        Assert.Equal(DialogPolicy.Accept, study.DialogsFor(study.Tasks[0] with { Dialogs = DialogPolicy.Accept }));
    }

    [Theory]
    [InlineData("dialogs: dismis", "9:10: dialogs must be accept or dismiss, got 'dismis'; did you mean 'dismiss'?")]
    [InlineData("dialogs: ignore", "9:10: dialogs must be accept or dismiss, got 'ignore'")]
    public void Parse_BadDialogs_Reported(string section, string expected) => Assert.Equal([expected], With(section));

    [Fact]
    public void Parse_Origins_KeptAsOrigins_ForRemoteParticipantsBrowsers()
    {
        var study = StudyTexts.Parse(StudyTexts.Minimal.Replace("tasks:", "origins: [\"https://login.example.com\", \"http://pay.example:8080/\"]\ntasks:", StringComparison.Ordinal)).Study!;

        Assert.Equal([new Uri("https://login.example.com"), new Uri("http://pay.example:8080")], study.Origins);
        Assert.Empty(StudyTexts.Parse(StudyTexts.Minimal).Study!.Origins);
    }

    [Theory]
    [InlineData("origins: [\"https://login.example.com/authorize\"]", "9:11: 'https://login.example.com/authorize' has a path; an origin is scheme, host and port only: https://login.example.com")]
    [InlineData("origins: [\"login.example.com\"]", "9:11: an origin is an absolute http(s) address like https://login.example.com, got 'login.example.com'")]
    [InlineData("origins: [\"https://a.example\", \"https://A.example/\"]", "9:32: origin 'https://A.example/' is listed twice")]
    public void Parse_BadOrigins_Reported(string section, string expected) => Assert.Equal([expected], With(section));

    [Fact]
    public void Parse_CaptureIgnore_ReadsRequestPatternsAndConsoleRegexes()
    {
        var study = StudyTexts.Parse(StudyTexts.Minimal + "capture: { ignore: { requests: [\"/api/telemetry*\"], console: [\"^ResizeObserver loop\"] } }\n").Study!;

        Assert.Equal(["/api/telemetry*"], study.Capture.Ignore.Requests);
        Assert.Equal(["^ResizeObserver loop"], study.Capture.Ignore.Console);
    }

    [Fact]
    public void Parse_Capture_ReadsSelectorsAndKeepQuery()
    {
        var study = StudyTexts.Parse(StudyTexts.Minimal + "capture: { recordValues: [\"#search\", \"role=combobox\"], keepQuery: true }\n").Study!;

        Assert.Equal(["#search", "role=combobox"], study.Capture.RecordValuesFor);
        Assert.True(study.Capture.KeepQuery);
    }

    [Theory]
    [InlineData("  - { task: find-shoe, successRate: \">= 0.8\" }", "10:13: gate names unknown task 'find-shoe'; did you mean 'find-shoes'?")]
    [InlineData("  - { task: checkout, successRate: \">= 0.8\" }", "10:13: gate names unknown task 'checkout'; tasks are find-shoes")]
    [InlineData("  - { task: find-shoes, succesRate: \">= 0.8\" }", "10:25: unknown metric 'succesRate' in gate; did you mean 'successRate'?")]
    [InlineData("  - { task: find-shoes, happiness: \">= 0.8\" }", "10:25: unknown metric 'happiness' in gate; use task and the metrics task, successRate, timeMedian, timeGeoMean, lostnessMean, errorRate, technicalErrorRate, rageClicks")]
    [InlineData("  - { task: find-shoes, successRate: \"> 0.8\" }", "10:38: successRate '> 0.8' uses '>'; use >= or <=, e.g. \">= 0.8\"")]
    [InlineData("  - { task: find-shoes, successRate: 0.8 }", "10:38: successRate needs a comparison and a threshold, e.g. successRate: \">= 0.8\"")]
    [InlineData("  - { task: find-shoes, successRate: \">= 1.5\" }", "10:38: successRate is a rate between 0 and 1, got 1.5; write 80% as 0.8")]
    [InlineData("  - { task: find-shoes }", "10:5: gate checks nothing; add a metric, e.g. { task: find-shoes, successRate: \">= 0.8\" }")]
    [InlineData("  - { successRate: \">= 0.8\" }", "10:5: gate is missing 'task'; add e.g. task: find-shoes")]
    public void Parse_BadGate_Reported(string gate, string expected) => Assert.Equal([expected], With("gates:\n" + gate));
}
