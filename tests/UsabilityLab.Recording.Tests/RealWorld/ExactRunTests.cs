using System.Reflection;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.RealWorld;

/// <summary>
/// The studies of scenarios/real-world as QA runs them: the exact persona follows each task's golden path, written from
/// the app's docs alone, on the real app. One task a run, so that a failure names its task and the others still run.
/// </summary>
[Collection(RealWorldCollection.Name)]
public sealed class ExactRunTests(RealWorldCorpus corpus)
{
    [Theory]
    [InlineData("docsify", "find-install")]
    [InlineData("docsify", "search-reading-speed")]
    [InlineData("docsify", "pdf-faq")]
    [InlineData("docsify-mobile", "find-install-on-phone")]
    [InlineData("shoelace", "invite-member")]
    [InlineData("shoelace", "change-settings")]
    [InlineData("shoelace", "find-help")]
    [InlineData("swagger-ui", "find-parameter")]
    [InlineData("swagger-ui", "try-get-pet")]
    [InlineData("swagger-ui", "authorize")]
    [InlineData("swagger-ui", "reserve-pet")]
    [InlineData("tinymce", "write-post")]
    [InlineData("tinymce", "bold-text")]
    [InlineData("tinymce", "insert-link")]
    public async Task ExactPersona_GoldenPath_Succeeds(string app, string task)
    {
        var study = corpus.LoadStudy(app);
        study = study with { Tasks = [.. study.Tasks.Where(t => t.Id == task)] };

        var attempts = await corpus.RunExactAsync(study, new MemoryJournal());

        var attempt = Assert.Single(attempts);
        Assert.True(attempt.Outcome == AttemptOutcome.Success, $"{app}/{task}: {attempt.Outcome}, {attempt.Reason}");
    }

    [Fact]
    public void ExactPersona_GoldenPath_CoversEveryTaskOfEveryStudy()
    {
        var covered = typeof(ExactRunTests).GetMethod(nameof(ExactPersona_GoldenPath_Succeeds))!.GetCustomAttributes<InlineDataAttribute>()
            .SelectMany(data => data.GetData(null!)).Select(row => $"{row[0]}/{row[1]}");
        var studies = Directory.GetFiles(Path.GetDirectoryName(RealWorldCorpus.StudyPath("any"))!, "*.yaml");

        var tasks = studies.SelectMany(file =>
        {
            var study = StudyLoader.LoadFile(file, name => name.StartsWith("CORPUS_", StringComparison.Ordinal) ? "http://app.localhost/" : null).Study!;
            return study.Tasks.Select(t => $"{Path.GetFileNameWithoutExtension(file)}/{t.Id}");
        });

        Assert.Equal(tasks.Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
    }
}
