namespace UsabilityLab.Benchmarks.Harness;

/// <summary><c>./lab bench [NAME...] [--quick] [--json] [--list]</c>, parsed and validated.</summary>
internal sealed record BenchArgs(IReadOnlyList<string> Names, bool Quick, bool Json, bool List, bool Help)
{
    public const string Usage =
        "usage: ./lab bench [NAME...] [--quick] [--json] [--list]\n" +
        "  NAME     run only these benchmarks (default: all; --list shows them)\n" +
        "  --quick  small inputs and few repetitions: every benchmark in under a minute together\n" +
        "  --json   print the results as JSON on stdout (progress and the table go to stderr)\n" +
        "A full run of every benchmark regenerates BENCHMARKS.md at the repository root.";

    /// <summary>Parses; a bad argument is an <see cref="ArgumentException"/> whose message is the one line to print.</summary>
    public static BenchArgs Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> known)
    {
        var names = new List<string>();
        bool quick = false, json = false, list = false, help = false;
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--quick": quick = true; break;
                case "--json": json = true; break;
                case "--list": list = true; break;
                case "-h" or "--help": help = true; break;
                case var option when option.StartsWith('-'):
                    throw new ArgumentException($"unknown option {option}; options are --quick, --json, --list");
                case var name when known.Contains(name):
                    names.Add(name);
                    break;
                default:
                    throw new ArgumentException($"unknown benchmark '{arg}'; known: {string.Join(", ", known)}");
            }
        }

        return new BenchArgs(names.Distinct().ToList(), quick, json, list, help);
    }
}
