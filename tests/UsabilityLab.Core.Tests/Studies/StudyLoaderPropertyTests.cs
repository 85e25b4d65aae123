using CsCheck;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Core.Tests.Support;

namespace UsabilityLab.Core.Tests.Studies;

/// <summary>
/// Whatever text arrives, <see cref="StudyLoader.Parse"/> gives a valid study or located diagnostics: never an exception,
/// a hang or unbounded memory. Inputs are random bytes, random YAML tokens, mutations of the real studies, deep nesting,
/// alias bombs, long lines and huge numbers.
/// </summary>
public sealed class StudyLoaderPropertyTests
{
    private const string FileName = "p.yaml";
    private const long MaxAllocatedBytes = 256L * 1024 * 1024;

    private static readonly string[] Studies =
    [
        StudyTexts.Minimal,
        File.ReadAllText(StudyTexts.SourcePath("../../../scenarios/demo-shop.yaml")),
        File.ReadAllText(StudyTexts.SourcePath("../../../scenarios/examples/minimal.yaml")),
    ];

    private static readonly string[] Tokens =
    [
        "- ", ": ", "\n", "  ", "[", "]", "{", "}", ", ", "&a ", "*a", "&b ", "*b", "!!binary ", "!tag ", "! ", "'", "\"",
        "|\n", ">\n", "# c\n", "---\n", "...\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "<<: ", "? ", "~", "null", "1e308",
        "-1e400", "NaN", ".inf", "99999999h", "2147483648ms", "1m30s", "0", "-1", "name", "target", "tasks", "id", "title",
        "prompt", "success", "url", "/cart", "steps", "wait", "click", "fill", "timeLimit", "participants", "count",
        "personas", "typical", "viewport", "gates", "task", "timeMedian", "\"<= 30s\"", "successRate", "${X}", "$${", "\t",
        "\r\n", "\r", "\u2028", "\0", "\uFEFF", "é", "😀", "\ud800",
    ];

    private static readonly Gen<string> AnyToken = Gen.OneOf(Tokens);

    private static readonly Gen<string> Numbers = Gen.OneOf(
        Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Char["0123456789"].Array[1, 400].Select(digits => new string(digits)),
        Gen.OneOf("NaN", "Infinity", "-0", "1e308", "1e-400", ".nan", "0x10", "1_000"));

    /// <summary>One edit of a study: delete, insert a token, repeat a slice, change a character, or put a number in.</summary>
    private static readonly Gen<Func<string, string>> Mutation = Gen.OneOf(
        Gen.Select(Gen.Double.Unit, Gen.Int[1, 40], (at, length) => (Func<string, string>)(s => Delete(s, at, length))),
        Gen.Select(Gen.Double.Unit, AnyToken, (at, token) => (Func<string, string>)(s => Insert(s, at, token))),
        Gen.Select(Gen.Double.Unit, Gen.Int[1, 200], Gen.Int[1, 50], (at, length, times) => (Func<string, string>)(s => Repeat(s, at, length, times))),
        Gen.Select(Gen.Double.Unit, Gen.Char, (at, c) => (Func<string, string>)(s => Insert(Delete(s, at, 1), at, c.ToString()))),
        Gen.Select(Gen.Double.Unit, Numbers, (at, number) => (Func<string, string>)(s => Insert(s, at, number))));

    private static Task Holds(string yaml) => Bounded.RunAsync(() => Check(yaml), MaxAllocatedBytes);

    [Fact]
    public Task Parse_RandomBytes_ModelOrLocatedDiagnostics() =>
        Gen.Byte.Array[0, 4000].Select(bytes => System.Text.Encoding.UTF8.GetString(bytes)).SampleAsync(Holds, iter: 300);

    [Fact]
    public Task Parse_RandomYamlTokens_ModelOrLocatedDiagnostics() =>
        AnyToken.Array[0, 300].Select(string.Concat).SampleAsync(Holds, iter: 500);

    [Fact]
    public Task Parse_MutatedStudies_ModelOrLocatedDiagnostics() =>
        Gen.Select(Gen.OneOf(Studies), Mutation.Array[1, 8], (study, edits) => edits.Aggregate(study, (text, edit) => edit(text)))
            .SampleAsync(Holds, iter: 500);

    [Fact]
    public Task Parse_DeepNesting_ModelOrLocatedDiagnostics() =>
        Gen.Select(Gen.OneOf("[", "{a: ", "- ", "{? ", "[{x: "), Gen.Int[1, 200_000], Gen.Bool, (open, depth, closed) =>
                "name: " + string.Concat(Enumerable.Repeat(open, depth)) + (closed ? new string(']', depth) : ""))
            .SampleAsync(Holds, iter: 30);

    [Fact]
    public Task Parse_AliasesNestedAnyWay_ModelOrLocatedDiagnostics() =>
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 30], Gen.Bool, (levels, width, inTasks) => AliasBomb(levels, width, inTasks))
            .SampleAsync(Holds, iter: 100);

    [Fact]
    public Task Parse_LongLinesAndHugeNumbers_ModelOrLocatedDiagnostics() =>
        Gen.Select(Gen.Int[0, 300_000], Numbers, Gen.OneOf("timeLimit", "count", "width", "wait"), (length, number, key) =>
                StudyTexts.Minimal.Replace("Demo shop", new string('x', length), StringComparison.Ordinal) +
                $"participants: {{ count: {number} }}\nviewport: {{ width: {number}, height: 800 }}\n# {key}: {number}\n")
            .SampleAsync(Holds, iter: 60);

    /// <summary>
    /// The property itself: a valid study has no errors (a warning about meaning, such as a url pattern that can never
    /// match, leaves it valid); otherwise there are errors. Every diagnostic is located and on one line.
    /// </summary>
    private static bool Check(string yaml)
    {
        var result = StudyLoader.Parse(yaml, FileName, _ => "http://x.test");
        // YAML also breaks lines at a lone \r, U+0085, U+2028 and U+2029; the end of the text may be one line further.
        var lines = yaml.Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029') + 2;
        if (result.Study is not null)
        {
            Assert.All(result.Diagnostics, d => Assert.True(d.IsWarning, d.ToString()));
        }
        else
        {
            Assert.InRange(result.Errors, 1, LoadContext.MaxDiagnostics + 1);
        }

        Assert.InRange(result.Diagnostics.Count, result.Study is null ? 1 : 0, LoadContext.MaxDiagnostics + 1);
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.Equal(FileName, diagnostic.File);
            Assert.InRange(diagnostic.Line, 1, lines);
            Assert.True(diagnostic.Column >= 1, diagnostic.ToString());
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
            Assert.DoesNotContain(diagnostic.Message, char.IsControl);
            Assert.True(diagnostic.Message.Length <= OneLine.MaxLength, diagnostic.Message);
        }

        return result.Study is not null;
    }

    private static string AliasBomb(int levels, int width, bool inTasks)
    {
        var lines = new List<string> { "name: x", "target: http://x.test", "a0: &a0 [x, x, x, x, x, x, x, x, x]" };
        for (var level = 1; level <= levels; level++)
            lines.Add($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", width))}]");
        lines.Add(inTasks ? $"tasks: *a{levels}" : $"gates: *a{levels}");
        return string.Join('\n', lines);
    }

    private static int At(string s, double at) => Math.Min(s.Length, (int)(at * s.Length));

    private static string Delete(string s, double at, int length) => s.Remove(At(s, at), Math.Min(length, s.Length - At(s, at)));

    private static string Insert(string s, double at, string text) => s.Insert(At(s, at), text);

    private static string Repeat(string s, double at, int length, int times)
    {
        var slice = s.Substring(At(s, at), Math.Min(length, s.Length - At(s, at)));
        return Insert(s, at, string.Concat(Enumerable.Repeat(slice, times)));
    }
}
