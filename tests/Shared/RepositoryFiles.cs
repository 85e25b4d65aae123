namespace UsabilityLab.Tests.Shared;

/// <summary>Files of the repository the tests were built from, found upwards from the test binaries.</summary>
internal static class RepositoryFiles
{
    /// <summary>The path of <paramref name="name"/> under the repository root (the folder holding the solution).</summary>
    public static string Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UsabilityLab.sln")))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        throw new FileNotFoundException($"{name} not found above {AppContext.BaseDirectory}");
    }
}
