using NewsPortal.Web.Pages.Articles;

namespace NewsPortal.Web.Tests.Pages.Articles;

public class TaggedHtmlTests
{
    [Fact]
    public void Text_between_spans_is_escaped_and_only_the_spans_become_tags()
    {
        const string text = "قال <b>بوتين</b> & غادر";
        var start = text.IndexOf("بوتين", StringComparison.Ordinal);

        var html = TaggedHtml.Render(text, 0, text.Length, [new Highlight(start, start + 5, "mark", "tag", "بوتين — \"شخص\" <x>")]);

        Assert.Equal(
            "قال &lt;b&gt;<mark class=\"tag\" title=\"بوتين — &quot;شخص&quot; &lt;x&gt;\" data-tip=\"بوتين — &quot;شخص&quot; &lt;x&gt;\" tabindex=\"-1\">بوتين"
            + "<span class=\"visually-hidden\"> (بوتين — &quot;شخص&quot; &lt;x&gt;)</span></mark>&lt;/b&gt; &amp; غادر",
            html);
    }

    [Fact]
    public void The_tags_of_an_article_are_one_tab_stop_held_by_the_first_tag()
    {
        const string text = "التقى بوتين كيم";
        var first = TaggedHtml.Render(text, 0, 5, [new Highlight(0, 5, "mark", "tag", "لقاء")]);
        var rest = TaggedHtml.Render(text, 6, text.Length, [new Highlight(6, 11, "mark", "tag", "بوتين"), new Highlight(12, 15, "mark", "tag", "كيم")]);

        var stops = TaggedHtml.OneTabStop(["بلا وسوم", first, rest]);

        Assert.Equal("بلا وسوم", stops[0]);
        Assert.Contains("tabindex=\"0\"", stops[1], StringComparison.Ordinal);
        Assert.DoesNotContain("tabindex=\"0\"", stops[2], StringComparison.Ordinal);
        Assert.Equal(2, stops[2].Split("tabindex=\"-1\"").Length - 1);
    }

    [Fact]
    public void A_span_inside_another_nests_and_a_crossing_span_is_cut_at_its_parent()
    {
        const string text = "0123456789";

        var html = TaggedHtml.Render(text, 0, 10, [new Highlight(1, 6, "span", "outer"), new Highlight(2, 4, "mark", "inner"), new Highlight(5, 9, "mark", "cross")]);

        Assert.Equal("0<span class=\"outer\">1<mark class=\"inner\">23</mark>4<mark class=\"cross\">5</mark></span>6789", html);
    }

    [Fact]
    public void Only_the_requested_range_is_rendered_and_spans_outside_it_are_dropped()
    {
        const string text = "أول. ثان. ثالث.";

        var html = TaggedHtml.Render(text, 5, 9, [new Highlight(0, 3, "mark", "a"), new Highlight(5, 8, "mark", "b"), new Highlight(7, 14, "mark", "c")]);

        Assert.Equal("<mark class=\"b\">ثا<mark class=\"c\">ن</mark></mark>.", html);
    }

    [Fact]
    public void Elements_other_than_mark_and_span_are_never_written()
    {
        var html = TaggedHtml.Render("abc", 0, 3, [new Highlight(0, 3, "script", "x")]);

        Assert.Equal("abc", html);
    }
}
