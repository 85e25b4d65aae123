using System.Xml.Linq;

namespace UsabilityLab.Application.Tests;

/// <summary>
/// The projects under src/ point one way (docs/architecture.md): Core references nothing of ours; Browser, Storage
/// and Reporting only Core; Recording Core and Browser; Application those five; the two programs, the CLI and the lab
/// server, Application and what programs share (CommandLine), the server also the loopback start-up (Hosting, which
/// the demo shop uses too) and the CLI the demo shop; nothing references a program; Core, Browser, Recording and
/// Storage take in no ASP.NET Core; and a project shows its
/// internals only to its own tests and the benchmarks. Read from the project files, so a new reference fails here
/// first (the CLI's compiled references are checked in its own tests).
/// </summary>
public sealed class ProjectConventionTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["UsabilityLab.Core"] = [],
        ["UsabilityLab.Hosting"] = [],
        ["UsabilityLab.DemoSite"] = ["UsabilityLab.Hosting"],
        // Chromium's discovery, launch and PDF printing, which Recording and (through Core's IPdfPrinter) Reporting use.
        ["UsabilityLab.Browser"] = ["UsabilityLab.Core"],
        ["UsabilityLab.Recording"] = ["UsabilityLab.Core", "UsabilityLab.Browser"],
        ["UsabilityLab.Storage"] = ["UsabilityLab.Core"],
        ["UsabilityLab.Reporting"] = ["UsabilityLab.Core"],
        ["UsabilityLab.Application"] = ["UsabilityLab.Core", "UsabilityLab.Browser", "UsabilityLab.Recording", "UsabilityLab.Storage", "UsabilityLab.Reporting"],
        // What both programs share as command-line programs: exit codes, Ctrl-C, study files read with FILE:LINE:COL.
        ["UsabilityLab.CommandLine"] = ["UsabilityLab.Application"],
        ["UsabilityLab.Server"] = ["UsabilityLab.Application", "UsabilityLab.CommandLine", "UsabilityLab.Hosting"],
        // Use cases only, and the demo shop that `lab demo` serves.
        ["UsabilityLab.Cli"] = ["UsabilityLab.Application", "UsabilityLab.CommandLine", "UsabilityLab.DemoSite"],
    };

    /// <summary>Projects that must not take in a web framework: the layers a web host is built on.</summary>
    private static readonly string[] WithoutAspNetCore = ["UsabilityLab.Core", "UsabilityLab.Browser", "UsabilityLab.Recording", "UsabilityLab.Storage"];

    [Fact]
    public void ProjectReferences_OfEachLibrary_OnlyTheLayersBelowIt()
    {
        var projects = Projects();
        Assert.Superset(Allowed.Keys.ToHashSet(StringComparer.Ordinal), projects.Keys.ToHashSet(StringComparer.Ordinal));

        var strays = projects.Where(p => Allowed.ContainsKey(p.Key))
            .SelectMany(p => References(p.Value).Where(r => !Allowed[p.Key].Contains(r)).Select(r => $"{p.Key} → {r}"));

        Assert.Empty(strays);
    }

    [Theory]
    [InlineData("UsabilityLab.Cli")]
    [InlineData("UsabilityLab.Server")]
    public void ProjectReferences_ToAProgram_None(string program)
    {
        var projects = Projects();

        Assert.Contains(program, projects.Keys);
        Assert.Empty(projects.Where(p => References(p.Value).Contains(program)).Select(p => p.Key));
    }

    [Fact]
    public void FrameworkReferences_OfTheLayersBelowTheWebHost_NoAspNetCore()
    {
        var projects = Projects();

        var strays = WithoutAspNetCore.Where(name => projects[name].Descendants("FrameworkReference")
            .Any(f => ((string?)f.Attribute("Include"))?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true));

        Assert.Empty(strays);
    }

    [Fact]
    public void InternalsVisibleTo_OfEveryProject_OnlyItsOwnTestsAndTheBenchmarks()
    {
        var strays = Projects().SelectMany(p => p.Value.Descendants("InternalsVisibleTo")
            .Select(i => (string?)i.Attribute("Include"))
            .Where(friend => friend != $"{p.Key}.Tests" && friend != "UsabilityLab.Benchmarks")
            .Select(friend => $"{p.Key} → {friend}"));

        Assert.Empty(strays);
    }

    private static Dictionary<string, XDocument> Projects() =>
        Directory.GetDirectories(Path.Combine(RepositoryRoot(), "src"))
            .Select(dir => Path.Combine(dir, Path.GetFileName(dir) + ".csproj"))
            .Where(File.Exists)
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file), file => XDocument.Load(file), StringComparer.Ordinal);

    private static string[] References(XDocument project) =>
        [.. project.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(((string)r.Attribute("Include")!).Replace('\\', '/')))];

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UsabilityLab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("UsabilityLab.sln not found above " + AppContext.BaseDirectory);
    }
}
