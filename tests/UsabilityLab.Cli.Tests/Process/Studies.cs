namespace UsabilityLab.Cli.Tests.Process;

/// <summary>Small studies on the demo shop, for tests that need a run to be somewhere in particular, not a long one.</summary>
internal static class Studies
{
    private const string FindReturns = """
          - id: find-returns
            title: Find the returns policy
            prompt: Find out how many days you have to return an item.
            start: /
            success: [ { url: /help } ]
            steps:
              - click: "role=link[name='Help']"

        """;

    // Opens with a search, so the attempt waits for the shop's answer (to the rig's navigation timeout) while the gate
    // is shut; its time limit is long enough for any test to act meanwhile.
    private const string SearchResults = """
          - id: search-results
            title: Pick a headlamp from the search results
            prompt: Open the headlamp's product page from the search results.
            start: /search?q=headlamp
            timeLimit: 600s
            success: [ { url: /product/headlamp } ]
            steps:
              - click: "role=link[name='Headlamp']"

        """;

    /// <summary>The bundled demo study: five tasks, gates that the coupon trap always fails.</summary>
    public static string DemoShop => CliRunner.RepositoryFile(Path.Combine("scenarios", "demo-shop.yaml"));

    /// <summary>A quick task, then a search: a participant waits in the search attempt while the rig's gate is closed.</summary>
    public static string ReturnsThenSearch => Study("Returns then search", FindReturns, SearchResults);

    /// <summary>One quick task, one participant: a whole run in a few seconds.</summary>
    public static string ReturnsOnly => Study("Returns only", FindReturns);

    private static string Study(string name, params string[] tasks) =>
        $"name: {name}\ntarget: ${{DEMO_SITE_URL}}\nparticipants: {{ count: 1, seed: 1 }}\ntasks:\n{string.Concat(tasks)}";
}
