namespace UsabilityLab.Core.Tests.Studies;

/// <summary>Problems inside tasks: ids, required keys, durations, success criteria, steps and selectors.</summary>
public class StudyLoaderTaskErrorTests
{
    // Lines 1-8 are a valid task; `extra` starts on line 9 at the task's indentation.
    private static string[] WithTaskLines(string extra) => StudyTexts.Parse(StudyTexts.Minimal + extra).Located();

    [Theory]
    [InlineData("Find Shoes", "4:9: task id 'Find Shoes' may only contain a-z, 0-9 and '-'; try 'find-shoes'")]
    [InlineData("find_shoes", "4:9: task id 'find_shoes' may only contain a-z, 0-9 and '-'; try 'find-shoes'")]
    [InlineData("!!!", "4:9: task id '!!!' may only contain a-z, 0-9 and '-'; try 'find-shoes'")]
    public void Parse_BadTaskId_SuggestsSlug(string id, string expected)
    {
        var yaml = StudyTexts.Minimal.Replace("id: find-shoes", $"id: \"{id}\"", StringComparison.Ordinal);

        Assert.Equal([expected], StudyTexts.Parse(yaml).Located());
    }

    [Fact]
    public void Parse_DuplicateTaskId_ReportsSecondWithFirstLine()
    {
        var yaml = StudyTexts.Minimal + """
              - id: find-shoes
                title: Again
                prompt: Again.
                success: [ { text: Done } ]
            """;

        Assert.Equal(
            ["9:9: duplicate task id 'find-shoes' (first used on line 4); give each task its own id"],
            StudyTexts.Parse(yaml).Located());
    }

    [Fact]
    public void Parse_TaskMissingKeys_ReportedAtTheTask()
    {
        var yaml = StudyTexts.MinimalHeader + "\ntasks:\n  - title: Only a title\n";

        Assert.Equal(
            [
                "4:5: task is missing 'id'; add e.g. id: find-shoes",
                "4:5: task is missing 'prompt'; add e.g. prompt: Find running shoes under $100 and add them to your cart.",
                "4:5: task is missing 'success'; add e.g. success: [ { url: /cart } ]",
            ],
            StudyTexts.Parse(yaml).Located());
    }

    [Theory]
    [InlineData("tasks: []", "3:8: tasks is empty; add at least one task with id, title, prompt and success")]
    [InlineData("tasks: find-shoes", "3:8: tasks must be a list, e.g. - id: find-shoes; got 'find-shoes'")]
    [InlineData("tasks:\n  - find-shoes", "4:5: task must be a mapping, e.g. { id: find-shoes, title: Find running shoes, prompt: …, success: [ { url: /cart } ] }; got 'find-shoes'")]
    public void Parse_BadTaskList_Reported(string tasks, string expected)
    {
        Assert.Equal([expected], StudyTexts.Parse(StudyTexts.MinimalHeader + "\n" + tasks + "\n").Located());
    }

    [Theory]
    [InlineData("    timeLimit: 120", "9:16: timeLimit '120' has no unit; add a unit, e.g. 120s")]
    [InlineData("    timeLimit: two minutes", "9:16: timeLimit 'two minutes' is not a duration; write e.g. 500ms, 2s, 1.5s, 2m, 1m30s or 1h")]
    [InlineData("    timeLimit: 0s", "9:16: timeLimit must be longer than 0s, e.g. 120s")]
    [InlineData("    timelimit: 90s", "9:5: unknown key 'timelimit' in task; did you mean 'timeLimit'?")]
    [InlineData("    start: mailto:someone@example.com", "9:12: start 'mailto:someone@example.com' must be a path like /cart or an absolute http(s) URL like https://shop.example.com/cart")]
    [InlineData("    optimalPath: [/, cart]", "9:22: optimalPath entries are paths like /cart (or absolute http(s) URLs), got 'cart'")]
    [InlineData("    optimalPath: /cart", "9:18: optimalPath must be a list, e.g. [/, /category/shoes, /cart]; got '/cart'")]
    public void Parse_BadTaskSetting_Reported(string line, string expected)
    {
        Assert.Equal([expected], WithTaskLines(line + "\n"));
    }

    [Theory]
    [InlineData("      - url: /[unclosed/", "10:14: success criterion url /[unclosed/ is not a valid regular expression (Invalid pattern '[unclosed' at offset 9. Unterminated [] set); fix it, or drop the surrounding slashes to use a glob such as /cart*")]
    [InlineData("      - txt: Done", "10:9: unknown key 'txt' in success criterion; did you mean 'text'?")]
    [InlineData("      - selector: \"#cart-count:has-text('1'\"", "10:19: success criterion selector \"#cart-count:has-text('1'\" is not a valid selector: '(' at position 21 is not closed; add ')'")]
    [InlineData("      - { text: Done, url: /done }", "10:23: success criterion takes one of url, text or selector; move 'url' to its own list item")]
    [InlineData("      - {}", "10:9: success criterion is empty; write e.g. url: /cart")]
    public void Parse_BadSuccessCriterion_Reported(string criterion, string expected)
    {
        var yaml = StudyTexts.MinimalHeader + "\n" + """
            tasks:
              - id: find-shoes
                title: Find running shoes
                prompt: Find running shoes.
                success:
                  - url: /cart*
                  - url: /order/[0-9]+/
            """ + "\n" + criterion + "\n";

        Assert.Equal([expected], StudyTexts.Parse(yaml).Located());
    }

    [Fact]
    public void Parse_EmptySuccess_Reported()
    {
        var yaml = StudyTexts.Minimal.Replace("    success:\n      - url: /cart", "    success: []", StringComparison.Ordinal);

        Assert.Equal(["7:14: success is empty; add at least one criterion, e.g. - url: /cart"], StudyTexts.Parse(yaml).Located());
    }

    [Theory]
    [InlineData("      - clik: \"#buy\"", "10:9: unknown step kind 'clik'; did you mean 'click'?")]
    [InlineData("      - hover: \"#buy\"", "10:9: unknown step kind 'hover'; use one of click, tap, fill, press, select, goto, wait, expect")]
    [InlineData("      - click: \"role=buton[name='Buy']\"", "10:16: click \"role=buton[name='Buy']\" is not a valid selector: unknown ARIA role 'buton'; did you mean 'button'?")]
    [InlineData("      - click: \"div >\"", "10:16: click \"div >\" is not a valid selector: \"div >\" ends with the combinator '>'; add what it should match, e.g. \"div > a\"")]
    [InlineData("      - fill: { selector: \"#search\", valeu: runner }", "10:38: unknown key 'valeu' in fill step; did you mean 'value'?")]
    [InlineData("      - fill: { selector: \"#search\" }", "10:15: fill step is missing 'value'; add e.g. value: …")]
    [InlineData("      - fill: \"#search\"", "10:15: fill step must be a mapping, e.g. { selector: \"#search\", value: runner }; got '#search'")]
    [InlineData("      - press: { selector: \"#search[\", key: Enter }", "10:28: press selector \"#search[\" is not a valid selector: '[' at position 8 is not closed; add ']'")]
    [InlineData("      - select: { selector: \"#size\", value: [42] }", "10:45: select value must be a single value, got a list")]
    [InlineData("      - goto: ftp://files.example.com/", "10:15: goto 'ftp://files.example.com/' must be a path like /cart or an absolute http(s) URL like https://shop.example.com/cart")]
    [InlineData("      - wait: 500", "10:15: wait '500' has no unit; add a unit, e.g. 120s")]
    [InlineData("      - expect: { text: Done, url: /done }", "10:31: expect step takes one of url, text or selector; move 'url' to its own list item")]
    [InlineData("      - expect: { txt: Done }", "10:19: unknown key 'txt' in expect step; did you mean 'text'?")]
    [InlineData("      - { click: \"#a\", goto: /cart }", "10:24: a step does one thing; move 'goto' to its own list item (- goto: …)")]
    [InlineData("      - click", "10:9: step must be a mapping, e.g. click: \"role=link[name='Shoes']\"; got 'click'")]
    public void Parse_BadStep_Reported(string step, string expected)
    {
        Assert.Equal([expected], WithTaskLines("    steps:\n" + step + "\n"));
    }

    [Fact]
    public void Parse_EmptyFillValue_Allowed()
    {
        var result = StudyTexts.Parse(StudyTexts.Minimal + "    steps:\n      - fill: { selector: \"#search\", value: \"\" }\n");

        var step = Assert.IsType<UsabilityLab.Core.Studies.FillStep>(Assert.Single(Assert.Single(result.Study!.Tasks).Steps));
        Assert.Equal(("#search", "", 10), (step.Selector, step.Value, step.Line));
    }
}
