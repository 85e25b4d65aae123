using UsabilityLab.Application.Runs;
using UsabilityLab.Browser;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Application.Tests.Runs;

/// <summary>Which browsers a scripted run records in: the command line's servers over the config's, checked before anything is written.</summary>
public sealed class RunBrowsersTests
{
    private static readonly BrowserConfig FromFile = new()
    {
        Browser = new RemoteBrowserConfig { Endpoints = ["ws://10.0.0.5:3000/file"], PerEndpoint = 3 },
    };

    [Fact]
    public void Configure_CommandLineEndpoints_ReplaceTheConfigsAndKeepItsShare()
    {
        var config = RunBrowsers.Configure(FromFile, ["ws://127.0.0.1:4000/a", " ws://127.0.0.1:4001/b"], perEndpoint: null, headed: false);

        Assert.Equal(["ws://127.0.0.1:4000/a", "ws://127.0.0.1:4001/b"], config.Browser.Endpoints);
        Assert.Equal(3, config.Browser.PerEndpoint);
        Assert.Equal(6, BrowserPool.DefaultWorkers(config)); // every place the servers offer
    }

    [Fact]
    public void Configure_NoneGiven_KeepsTheConfigsEndpoints_PerEndpointFromTheCommandLine()
    {
        var config = RunBrowsers.Configure(FromFile, [], perEndpoint: 1, headed: false);

        Assert.Equal(["ws://10.0.0.5:3000/file"], config.Browser.Endpoints);
        Assert.Equal(1, config.Browser.PerEndpoint);
        Assert.Equal(1, BrowserPool.DefaultWorkers(new BrowserConfig())); // a local launch: one browser, as before
    }

    [Theory]
    [InlineData("http://127.0.0.1:4000/a", null, false, "--browser-endpoint 'http://127.0.0.1:4000/a' is not a browser server address")]
    [InlineData("ws://127.0.0.1:4000/a", 0, false, "--per-endpoint 0: use 1–64")]
    [InlineData("ws://127.0.0.1:4000/a", null, true, "--headed shows browser windows on this machine, but the run uses browser servers")]
    public void Configure_BadCombination_OneLineInputError(string endpoint, int? perEndpoint, bool headed, string expected)
    {
        var error = Assert.Throws<InputException>(() => RunBrowsers.Configure(new BrowserConfig(), [endpoint], perEndpoint, headed));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/", "ws://10.0.0.5:3000/x", "", true)]
    [InlineData("http://127.0.0.1:5000/", "ws://127.0.0.1:3000/x", "", false)]
    [InlineData("http://127.0.0.1:5000/", "ws://10.0.0.5:3000/x", "<loopback>", false)]
    [InlineData("http://shop.example/", "ws://10.0.0.5:3000/x", "", false)]
    public void LoopbackWarning_LoopbackTargetAndAServerElsewhere_Warns(string target, string endpoint, string exposeNetwork, bool warns)
    {
        var study = new Study("s", new Uri(target), null, new ParticipantPlan(1, 1, new Dictionary<string, int>()), new QuestionnairePlan(null, []), [], [], CapturePolicy.Default);
        var config = new BrowserConfig { Browser = new RemoteBrowserConfig { Endpoints = [endpoint], ExposeNetwork = exposeNetwork } };

        var warning = RunBrowsers.LoopbackWarning(study, config);

        Assert.Equal(warns, warning is not null);
        if (warning is not null)
        {
            Assert.Contains("browser server 10.0.0.5:3000 is not", warning, StringComparison.Ordinal);
            Assert.DoesNotContain("/x", warning, StringComparison.Ordinal);
        }
    }
}
