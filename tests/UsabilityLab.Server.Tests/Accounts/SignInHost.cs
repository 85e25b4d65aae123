using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Application;
using UsabilityLab.Application.Accounts;
using UsabilityLab.Hosting;
using UsabilityLab.Server.Accounts;

namespace UsabilityLab.Server.Tests.Accounts;

/// <summary>
/// A small web app on 127.0.0.1 with the lab's sign-in and a page for each policy, over a SQLite store of its own, on a
/// fake clock: <c>/runs</c> (observers), <c>/settings</c> (researchers), <c>/admin</c> (admins), <c>/unmarked</c> (no
/// policy of its own: the fallback's).
/// </summary>
internal sealed class SignInHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _folder;

    private SignInHost(WebApplication app, DirectoryInfo folder, Uri root, LabStore store, FakeTimeProvider time)
    {
        _app = app;
        _folder = folder;
        Root = root;
        Time = time;
        Accounts = new LabAccounts(store, new LabPasswordHashing(), time);
    }

    public Uri Root { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The store's accounts, as <c>./lab users</c> changes them (another process: the host learns of it by its stamp check).</summary>
    public LabAccounts Accounts { get; }

    public static async Task<SignInHost> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("lab-signin-");
        var store = await LabStore.OpenAsync(Path.Combine(folder.FullName, "lab.db"), CancellationToken.None);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var builder = LoopbackHost.CreateBuilder(typeof(SignInHost), 0, TimeSpan.FromSeconds(2));
        builder.Services.AddSingleton<TimeProvider>(time);
        // Keys in memory: the tests leave nothing in the home folder.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.AddLabSignIn(store);
        var app = builder.Build();
        app.MapLabSignIn();
        app.MapGet("/runs", (HttpContext context) => Results.Text($"runs, shown to {context.User.Identity!.Name}")).RequireAuthorization(LabPolicies.Observer);
        app.MapGet("/settings", () => Results.Text("settings")).RequireAuthorization(LabPolicies.Researcher);
        app.MapGet("/admin", () => Results.Text("admin")).RequireAuthorization(LabPolicies.Admin);
        app.MapGet("/unmarked", () => Results.Text("unmarked"));
        var root = await LoopbackHost.StartAsync(app, CancellationToken.None);
        return new SignInHost(app, folder, root, store, time);
    }

    /// <summary>A browser of its own: its own cookies, redirects not followed (the tests look at them).</summary>
    public SignInBrowser NewBrowser() => new(Root);

    public async ValueTask DisposeAsync()
    {
        await LoopbackHost.StopAsync(_app, TimeSpan.FromSeconds(2));
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
