namespace UsabilityLab.Browser.Tests.Support;

/// <summary>The tests sharing one <see cref="BrowserFixture"/>: one Chromium start for all of them, not one per class.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
