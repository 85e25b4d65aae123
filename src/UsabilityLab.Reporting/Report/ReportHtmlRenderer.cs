using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using UsabilityLab.Reporting.Report.Components;

namespace UsabilityLab.Reporting.Report;

/// <summary>Renders <see cref="ReportDocument"/> to one self-contained HTML string with Blazor's static <see cref="HtmlRenderer"/>.</summary>
public static class ReportHtmlRenderer
{
    /// <summary>Renders the report. Every value from the target page is HTML-encoded by Razor.</summary>
    public static async Task<string> RenderAsync(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(ReportDocument.Model)] = model });
            var output = await renderer.RenderComponentAsync<ReportDocument>(parameters);
            return output.ToHtmlString();
        });
    }
}
