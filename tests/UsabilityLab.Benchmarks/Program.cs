// Side-by-side benchmarks (issue: the benchmark suite). Entry point: ./lab bench [NAME...] [--quick].
Console.Error.WriteLine("benchmarks: none registered yet");
return 2;
