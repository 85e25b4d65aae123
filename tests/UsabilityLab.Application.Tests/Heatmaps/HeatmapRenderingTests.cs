using UsabilityLab.Application.Heatmaps;
using UsabilityLab.Application.Tests.Support;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Reporting.Heatmaps;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Tests.Heatmaps;

public sealed class HeatmapRenderingTests
{
    [Theory]
    [MemberData(nameof(ImportedRun.Kinds), MemberType = typeof(ImportedRun))]
    public async Task WriteAsync_RunWithoutEvents_ThrowsInputException_NamingKindAndRun(StoreKind kind)
    {
        await using var run = await ImportedRun.CreateAsync("participant,task,outcome,time_s\nP1,a,success,10\n", kind);

        var problem = await Assert.ThrowsAsync<InputException>(() =>
            HeatmapRendering.WriteAsync(run.Store, new HeatmapSettings("1", HeatmapKind.Scroll) { Out = run.Folder }, null, CancellationToken.None));

        Assert.StartsWith("no scroll data in run 1", problem.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(run.Folder, "*.png"));
    }

    [Theory]
    [MemberData(nameof(ImportedRun.Kinds), MemberType = typeof(ImportedRun))]
    public async Task WriteAsync_UnknownTask_ThrowsInputException_ListingTheRunsTasks(StoreKind kind)
    {
        await using var run = await ImportedRun.CreateAsync("participant,task,outcome,time_s\nP1,a,success,10\n", kind);

        var problem = await Assert.ThrowsAsync<InputException>(() =>
            HeatmapRendering.WriteAsync(run.Store, new HeatmapSettings("1", HeatmapKind.Click) { Task = "b" }, null, CancellationToken.None));

        Assert.Contains("no attempts of that task in run 1", problem.Message, StringComparison.Ordinal);
    }
}
