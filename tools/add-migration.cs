#!/usr/bin/env -S dotnet run
// Scaffolds an EF Core migration for UsabilityLab.Storage through the design-time API
// (the dotnet-ef tool is not available from the registry this project builds against).
// Usage, from the repository root:  dotnet run tools/add-migration.cs -- <MigrationName>
#:project ../src/UsabilityLab.Storage/UsabilityLab.Storage.csproj
#:package Microsoft.EntityFrameworkCore.Design
#:property NoWarn=EF1001
#:property PublishAot=false

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using UsabilityLab.Storage;

if (args.Length != 1 || !System.Text.RegularExpressions.Regex.IsMatch(args[0], "^[A-Z][A-Za-z0-9]+$"))
{
    Console.Error.WriteLine("usage: dotnet run tools/add-migration.cs -- <PascalCaseName>");
    return 2;
}

var projectDir = Path.GetFullPath(Path.Combine("src", "UsabilityLab.Storage"));
// The context and its design-time factory are internal to Storage: found the way EF Core's own tools find them.
var storage = typeof(LabDatabase).Assembly;
using var context = DbContextActivator.CreateInstance(storage.GetTypes().Single(t => t.IsSubclassOf(typeof(DbContext))), storage);
var services = new ServiceCollection();
services.AddEntityFrameworkDesignTimeServices();
services.AddDbContextDesignTimeServices(context);
new SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
using var provider = services.BuildServiceProvider();

var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(args[0], "UsabilityLab.Storage", "Migrations", "C#");
var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations"));
Console.WriteLine($"wrote {files.MigrationFile}\nwrote {files.MetadataFile}\nwrote {files.SnapshotFile}");
return 0;
