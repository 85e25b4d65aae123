namespace UsabilityLab.DemoSite.Tests.Support;

/// <summary>
/// One demo site for all HTTP tests. Tests stay independent because each one uses its own
/// <see cref="ShopperClient"/> (own cookie jar → own cart), exactly like separate browser contexts.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>Short enough to keep the suite fast, long enough to measure.</summary>
    public static readonly TimeSpan SearchDelay = TimeSpan.FromMilliseconds(300);

    private DemoSiteHost? _host;

    public DemoSiteHost Host => _host ?? throw new InvalidOperationException("The site has not started.");

    public ShopperClient NewShopper() => new(Host.BaseUrl);

    public async Task InitializeAsync() =>
        _host = await DemoSiteHost.StartAsync(new DemoSiteOptions { SearchDelay = SearchDelay });

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Demo site";
}
