using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Reporting.Tests.Report;

public class PageMarginBoxesTests
{
    [Fact]
    public void CssString_QuotesBackslashesAndMarkup_AreHexEscaped()
    {
        Assert.Equal("\"Shop \\22 A\\22  \\5C  \\3C /style\\3E \"", PageMarginBoxes.CssString("Shop \"A\" \\ </style>"));
    }

    [Fact]
    public void CssString_NewlinesAndNonAscii_AreEscapedWhole()
    {
        Assert.Equal("\"Caf\\E9 \\A \\1F600 \"", PageMarginBoxes.CssString("Café\n😀"));
    }

    [Fact]
    public void Css_HostileStudyName_StaysInsideItsString()
    {
        var css = PageMarginBoxes.Css("x\"; } body { display: none } </style><script>alert(1)</script>");

        Assert.DoesNotContain("</style", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", css, StringComparison.OrdinalIgnoreCase);
        var line = css.Split('\n')[1];
        var start = line.IndexOf("content: \"", StringComparison.Ordinal) + "content: \"".Length;
        var name = line[start..line.IndexOf('"', start)];
        Assert.DoesNotContain('{', name);
        Assert.DoesNotContain('}', name);
        Assert.EndsWith("\\3C /script\\3E ", name, StringComparison.Ordinal);
        Assert.Contains("counter(page)", css, StringComparison.Ordinal);
        Assert.Contains("counter(pages)", css, StringComparison.Ordinal);
    }
}
