using NewsPortal.Articles;
using NewsPortal.Tests.Extraction.Html;

namespace NewsPortal.Tests.Scraping;

public sealed class SimHashTests
{
    private static readonly string Story = string.Join("\n\n", TestPages.Paragraphs);

    [Fact]
    public void The_same_story_with_another_outlets_spelling_and_an_extra_line_is_a_near_duplicate()
    {
        // Another outlet: hamza and ta marbuta spelt differently, diacritics, and its own sign-off.
        var republished = Story.Replace("أ", "ا").Replace("ة ", "ه ").Replace("موسكو", "مُوسكو") + "\n\nالمصدر: وكالات";

        var distance = SimHash.Distance(SimHash.Compute(Story), SimHash.Compute(republished));

        Assert.True(SimHash.AreNearDuplicates(SimHash.Compute(Story), SimHash.Compute(republished)), $"distance {distance}");
    }

    [Fact]
    public void Different_stories_are_far_apart()
    {
        var other = string.Join(" ", TestPages.Paragraphs.Reverse().Select(p => string.Join(" ", p.Split(' ').Reverse())));

        var distance = SimHash.Distance(SimHash.Compute(Story), SimHash.Compute(other));

        Assert.True(distance > SimHash.DefaultMaxDistance * 2, $"distance {distance}");
    }

    [Fact]
    public void The_hash_is_stable_across_runs()
    {
        Assert.Equal(SimHash.Compute(Story), SimHash.Compute(Story));
        Assert.NotEqual(0UL, SimHash.Compute(Story));
        Assert.Equal(0UL, SimHash.Compute("  "));
    }
}
