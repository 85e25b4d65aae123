using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Server.Dashboard;

/// <summary>
/// The dashboard's styles and script, embedded in the assembly (Dashboard/Assets) and served under <c>/assets/</c>
/// with the report's own styles, so that the report's components look the same on a page as in the report.
/// </summary>
internal static class DashboardAssets
{
    private static readonly string DashboardCss = Read("dashboard.css");
    private static readonly string DashboardJs = Read("dashboard.js");

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assets/report.css", () => Results.Text(ReportCss.Text, "text/css; charset=utf-8"));
        endpoints.MapGet("/assets/dashboard.css", () => Results.Text(DashboardCss, "text/css; charset=utf-8"));
        endpoints.MapGet("/assets/dashboard.js", () => Results.Text(DashboardJs, "text/javascript; charset=utf-8"));
    }

    private static string Read(string name) => EmbeddedAssets.Read($"UsabilityLab.Server.Dashboard.Assets.{name}");
}
