using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace UsabilityLab.Core.Analysis;

/// <summary>Writes gate results as JUnit XML, the format CI servers display as test results.</summary>
public static class JUnitReport
{
    /// <summary>
    /// Writes one <c>testsuite</c> with one <c>testcase</c> per task gate (classname = suite, name = task id).
    /// A failing gate gets a <c>failure</c> whose message lists the failed conditions; every test case carries
    /// all its conditions with measured values in <c>system-out</c>.
    /// </summary>
    /// <param name="writer">Destination.</param>
    /// <param name="suiteName">Suite name, usually the study name.</param>
    /// <param name="results">Gate results from <see cref="GateEvaluator.Evaluate"/>.</param>
    public static void Write(TextWriter writer, string suiteName, IReadOnlyList<GateResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentException.ThrowIfNullOrWhiteSpace(suiteName);
        ArgumentNullException.ThrowIfNull(results);

        var suite = Clean(suiteName);
        var failures = results.Count(r => !r.Passed);
        var cases = results.Select(r => new XElement(
            "testcase",
            new XAttribute("classname", suite),
            new XAttribute("name", Clean(r.Task)),
            new XAttribute("time", "0"),
            r.Passed ? null : new XElement(
                "failure",
                new XAttribute("type", "GateFailed"),
                new XAttribute("message", Clean(string.Join("; ", r.Failures.Select(f => f.ToString())))),
                Clean(string.Join("\n", r.Failures.Select(f => f.ToString())))),
            new XElement("system-out", Clean(string.Join("\n", r.Conditions.Select(c => c.ToString()))))));

        var count = results.Count.ToString(CultureInfo.InvariantCulture);
        var failed = failures.ToString(CultureInfo.InvariantCulture);
        var document = new XDocument(new XElement(
            "testsuites",
            new XAttribute("name", suite),
            new XAttribute("tests", count),
            new XAttribute("failures", failed),
            new XElement(
                "testsuite",
                new XAttribute("name", suite),
                new XAttribute("tests", count),
                new XAttribute("failures", failed),
                new XAttribute("errors", "0"),
                new XAttribute("skipped", "0"),
                cases)));

        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, CloseOutput = false });
        document.Save(xml);
    }

    /// <summary>
    /// XML escaping is done by the writer; what it cannot do is represent control characters, which would make it
    /// throw. Task ids and metric names come from hand-written files, so replace them instead of failing the CI job.
    /// </summary>
    private static string Clean(string text) =>
        string.Concat(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD'));
}
