using System.Xml.Linq;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Tests.Analysis;

public class JUnitReportTests
{
    private static XDocument Write(string suite, IReadOnlyList<GateResult> results)
    {
        using var writer = new StringWriter();
        JUnitReport.Write(writer, suite, results);
        return XDocument.Parse(writer.ToString());
    }

    [Fact]
    public void Write_SyntheticGates_OneTestCasePerTaskWithFailures()
    {
        var xml = Write("Shop study", GateEvaluatorTests.Evaluate());

        var suite = xml.Root!.Element("testsuite")!;
        Assert.Equal("3", (string?)suite.Attribute("tests"));
        Assert.Equal("2", (string?)suite.Attribute("failures"));

        var cases = suite.Elements("testcase").ToArray();
        Assert.Equal(["find-shoes", "checkout", "ghost"], cases.Select(c => (string?)c.Attribute("name")));
        Assert.All(cases, c => Assert.Equal("Shop study", (string?)c.Attribute("classname")));

        var message = (string?)cases[0].Element("failure")!.Attribute("message");
        Assert.Contains("successRate >= 0.8: measured 0.5", message, StringComparison.Ordinal);
        Assert.Contains("rageClicks <= 0: measured 1", message, StringComparison.Ordinal);
        Assert.DoesNotContain("timeMedian", message, StringComparison.Ordinal);
        Assert.Null(cases[1].Element("failure"));
        Assert.Contains("no finished attempts", (string?)cases[2].Element("failure")!.Attribute("message"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MarkupAndControlCharacters_EscapedAndParseable()
    {
        var condition = new GateConditionResult("a<b>&\"c\u0001", "successRate", GateComparison.AtLeast, 0.8, 0.2, false, null);

        var xml = Write("Suite <&>", [new GateResult(condition.Task, [condition])]);

        var testcase = xml.Descendants("testcase").Single();
        Assert.Equal("a<b>&\"c\uFFFD", (string?)testcase.Attribute("name"));
        Assert.Equal("Suite <&>", (string?)testcase.Attribute("classname"));
    }

    [Fact]
    public void Write_NoGates_EmptySuite()
    {
        var xml = Write("s", []);

        Assert.Equal("0", (string?)xml.Root!.Element("testsuite")!.Attribute("tests"));
    }
}
