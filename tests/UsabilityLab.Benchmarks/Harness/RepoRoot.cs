namespace UsabilityLab.Benchmarks.Harness;

/// <summary>Finds the repository root (the folder with UsabilityLab.sln) from the working directory or the binary's location.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "UsabilityLab.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("UsabilityLab.sln not found above the working directory; run ./lab bench from the repository");
    }
}
