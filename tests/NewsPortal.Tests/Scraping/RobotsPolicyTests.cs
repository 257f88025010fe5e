using NewsPortal.Scraping;

namespace NewsPortal.Tests.Scraping;

public sealed class RobotsPolicyTests
{
    private const string Agent = "NewsPortalBot/1.0 (+https://example.org/bot)";

    private static bool Allowed(string robots, string path) =>
        RobotsPolicy.Parse(robots, Agent).IsAllowed(new Uri("https://site.example" + path));

    [Fact]
    public void The_longest_matching_rule_wins()
    {
        const string robots = "User-agent: *\nDisallow: /news/\nAllow: /news/world/";

        Assert.False(Allowed(robots, "/news/local/1"));
        Assert.True(Allowed(robots, "/news/world/1"));
        Assert.True(Allowed(robots, "/about"));
    }

    [Fact]
    public void Allow_wins_a_tie_between_equally_long_rules()
    {
        Assert.True(Allowed("User-agent: *\nDisallow: /page\nAllow: /page", "/page"));
    }

    [Fact]
    public void A_group_naming_our_bot_replaces_the_star_group()
    {
        const string robots = "User-agent: *\nDisallow: /\n\nUser-agent: newsportalbot\nDisallow: /admin";

        Assert.True(Allowed(robots, "/news/1"));
        Assert.False(Allowed(robots, "/admin/x"));
    }

    [Fact]
    public void Consecutive_user_agent_lines_share_one_group()
    {
        const string robots = "User-agent: otherbot\nUser-agent: NewsPortalBot\nDisallow: /private";

        Assert.False(Allowed(robots, "/private/1"));
    }

    [Fact]
    public void Wildcards_and_end_anchors_are_understood()
    {
        const string robots = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=";

        Assert.False(Allowed(robots, "/files/report.pdf"));
        Assert.True(Allowed(robots, "/files/report.pdf.html"));
        Assert.False(Allowed(robots, "/story/1?print=1"));
    }

    [Fact]
    public void An_empty_disallow_allows_everything()
    {
        Assert.True(Allowed("User-agent: *\nDisallow:", "/anything"));
    }

    [Fact]
    public void Crawl_delay_and_sitemaps_are_read_and_comments_ignored()
    {
        var policy = RobotsPolicy.Parse(
            "# site rules\nUser-agent: *\nCrawl-delay: 2.5 # be gentle\nSitemap: https://site.example/news.xml\nSitemap: /other.xml",
            Agent, new Uri("https://site.example/robots.txt"));

        Assert.Equal(TimeSpan.FromSeconds(2.5), policy.CrawlDelay);
        Assert.Equal(["https://site.example/news.xml", "https://site.example/other.xml"], policy.Sitemaps.Select(s => s.AbsoluteUri));
    }

    [Fact]
    public void Robots_txt_itself_is_always_allowed()
    {
        Assert.True(Allowed("User-agent: *\nDisallow: /", "/robots.txt"));
    }

    [Fact]
    public void A_hostile_pattern_with_many_wildcards_is_matched_quickly()
    {
        var robots = "User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 200)) + "b$";

        Assert.True(Allowed(robots, "/" + new string('a', 5000)));
    }
}
