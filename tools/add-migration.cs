#!/usr/bin/env -S dotnet run
// Scaffolds an EF Core migration for UsabilityLab.Storage through the design-time API, for both stores at once: SQLite's
// into src/UsabilityLab.Storage/Migrations, PostgreSQL's into Migrations/PostgreSql, under one migration id, so a
// database of either kind at migration N has the same schema (the dotnet-ef tool is not needed).
// Usage, from the repository root:  dotnet run tools/add-migration.cs -- <MigrationName>
#:project ../src/UsabilityLab.Storage/UsabilityLab.Storage.csproj
#:package Microsoft.EntityFrameworkCore.Design
#:property NoWarn=EF1001
#:property PublishAot=false

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Migrations.Internal;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;
using UsabilityLab.Storage;

if (args.Length != 1 || !System.Text.RegularExpressions.Regex.IsMatch(args[0], "^[A-Z][A-Za-z0-9]+$"))
{
    Console.Error.WriteLine("usage: dotnet run tools/add-migration.cs -- <PascalCaseName>");
    return 2;
}

var projectDir = Path.GetFullPath(Path.Combine("src", "UsabilityLab.Storage"));
// The contexts and their design-time factories are internal to Storage: found the way EF Core's own tools find them.
var storage = typeof(LabDatabase).Assembly;
var id = new MigrationsIdGenerator().GenerateId(args[0]);
Scaffold("LabDbContext", "Migrations", services => new SqliteDesignTimeServices().ConfigureDesignTimeServices(services));
Scaffold("PostgresLabDbContext", "Migrations/PostgreSql", services => new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services));
return 0;

void Scaffold(string contextName, string folder, Action<IServiceCollection> provider)
{
    using var context = DbContextActivator.CreateInstance(storage.GetTypes().Single(t => t.Name == contextName), storage);
    var services = new ServiceCollection();
    services.AddEntityFrameworkDesignTimeServices();
    services.AddDbContextDesignTimeServices(context);
    provider(services);
    // One id for both sets: the two stores' histories stay in step (tests/UsabilityLab.Storage.Tests/LabDatabaseTests.cs).
    services.AddSingleton<IMigrationsIdGenerator>(new SharedId(id));
    using var design = services.BuildServiceProvider();
    var scaffolder = design.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[0], "UsabilityLab.Storage", folder.Replace('/', '.'), "C#");
    var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, folder));
    Console.WriteLine($"wrote {files.MigrationFile}\nwrote {files.MetadataFile}\nwrote {files.SnapshotFile}");
}

sealed class SharedId(string id) : MigrationsIdGenerator
{
    public override string GenerateId(string name) => id;
}
