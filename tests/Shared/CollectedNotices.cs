using UsabilityLab.Application;

namespace UsabilityLab.Tests.Shared;

/// <summary>Keeps what a use case told along the way, for a test to read or to explain a failed set-up.</summary>
internal sealed class CollectedNotices : INotices
{
    public List<string> All { get; } = [];

    public void Tell(string notice) => All.Add(notice);
}
