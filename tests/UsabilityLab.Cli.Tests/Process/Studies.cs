namespace UsabilityLab.Cli.Tests.Process;

/// <summary>Small studies on the demo shop, for tests that need a run to be somewhere in particular, not a long one.</summary>
internal static class Studies
{
    /// <summary>The bundled demo study: five tasks, gates that the coupon trap always fails.</summary>
    public static string DemoShop => CliRunner.RepositoryFile(Path.Combine("scenarios", "demo-shop.yaml"));

    /// <summary>
    /// A quick task, then a search: a participant waits in the search attempt while the rig's gate is closed (its time
    /// limit long enough for any test to act meanwhile).
    /// </summary>
    public const string ReturnsThenSearch = """
        name: Returns then search
        target: ${DEMO_SITE_URL}
        participants: { count: 1, seed: 1 }
        tasks:
          - id: find-returns
            title: Find the returns policy
            prompt: Find out how many days you have to return an item.
            start: /
            success: [ { url: /help } ]
            steps:
              - click: "role=link[name='Help']"
          - id: use-search
            title: Search for a headlamp
            prompt: Use the search to find a headlamp and open its product page.
            start: /
            timeLimit: 600s
            success: [ { url: /product/headlamp } ]
            steps:
              - fill: { selector: "#search", value: "headlamp" }
              - press: { selector: "#search", key: Enter }
              - click: "role=link[name='Headlamp']"
        """;

    /// <summary>One quick task, one participant: a whole run in a few seconds.</summary>
    public const string ReturnsOnly = """
        name: Returns only
        target: ${DEMO_SITE_URL}
        participants: { count: 1, seed: 1 }
        tasks:
          - id: find-returns
            title: Find the returns policy
            prompt: Find out how many days you have to return an item.
            start: /
            success: [ { url: /help } ]
            steps:
              - click: "role=link[name='Help']"
        """;
}
