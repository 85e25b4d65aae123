using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>One view of a page that has a picture, with the clicks made in it and the signals its picture shows.</summary>
/// <param name="Activity">The page's activity with the view's clicks only.</param>
/// <param name="State">The view's structural hash ("" for the page as first seen).</param>
/// <param name="Name">The view as people read it ("after 'Open dialog'"); null for the page as first seen.</param>
/// <param name="Picture">The view's picture.</param>
/// <param name="Signals">The signals whose click was made in this view.</param>
internal sealed record PicturedView(PageActivity Activity, string State, string? Name, PageScreenshot Picture, IReadOnlyList<Signal> Signals);
