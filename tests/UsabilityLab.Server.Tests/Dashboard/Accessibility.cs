using System.Text.Json;
using Microsoft.Playwright;

namespace UsabilityLab.Server.Tests.Dashboard;

/// <summary>axe-core run on a page as it is shown: its serious and critical violations, one line each.</summary>
internal static class Accessibility
{
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page, string axe)
    {
        // Evaluated through DevTools, not injected as a <script>: the dashboard's CSP allows only its own scripts.
        await page.EvaluateAsync(axe);
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToArray();
    }

    public static async Task AssertCleanAsync(IPage page, string axe)
    {
        var violations = await SeriousViolationsAsync(page, axe);
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }
}
