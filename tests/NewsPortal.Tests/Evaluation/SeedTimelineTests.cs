using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Articles;
using NewsPortal.Model;
using NewsPortal.Reading;
using NewsPortal.Tests.Support;
using Xunit.Abstractions;

namespace NewsPortal.Tests.Evaluation;

/// <summary>
/// The five seeds as a reader sees them on the default timeline, scored against our own reading
/// (seed-timeline.json): the seeds imported, their three missing publish dates set through the
/// admin correction, then the default timeline's cards compared with the dated happenings of the
/// story. A card is a happening's when it carries one of its CAMEO roots, a date of its own inside
/// the happening's date at least as precisely, and involves its sides. The seeds were read while
/// the rules were written: these figures are optimistic.
/// </summary>
public sealed class SeedTimelineTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const int FoundFloor = 12;
    private const double CardsPerHappeningCeiling = 1.05;
    private const double RightShareFloor = 0.83;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly PortalFixture portal = new();

    private sealed record Happening(string Id, List<string> Roots, string Date, List<string> Sides, List<string>? Actors, string What);

    private sealed record Gold(Dictionary<string, string> Published, List<Happening> Happenings, List<Happening> AlsoRight);

    private sealed record Card(long Id, string Cameo, string? Date, DateBasis Basis, HashSet<string> Sides, int Sources, string Summary, string Reports);

    public async Task InitializeAsync()
    {
        await portal.InitializeAsync();
        await portal.ImportSeedsAsync();
    }

    public Task DisposeAsync() => portal.DisposeAsync();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task The_default_timeline_of_the_seeds_tells_the_story_one_dated_card_per_happening()
    {
        var gold = JsonSerializer.Deserialize<Gold>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "seed-timeline.json")), Json)!;
        await SetPublishDatesAsync(gold.Published);
        var cards = await DefaultTimelineAsync();
        var dated = cards.Where(c => c.Basis == DateBasis.Stated).ToList();

        var report = new StringBuilder();
        var found = 0;
        var matchedCards = 0;
        foreach (var h in gold.Happenings)
        {
            var matches = dated.Where(c => Shows(c, h)).ToList();
            found += matches.Count > 0 ? 1 : 0;
            matchedCards += matches.Count;
            report.AppendLine(CultureInfo.InvariantCulture, $"{(matches.Count > 0 ? "found" : "MISSED")} {h.Id} {h.Date}: {matches.Count} card(s) {string.Join(", ", matches.Select(c => $"#{c.Id} ({c.Sources} sources)"))}");
        }
        var right = dated.Count(c => gold.Happenings.Concat(gold.AlsoRight).Any(h => Shows(c, h)));
        foreach (var c in cards)
        {
            var verdict = c.Basis == DateBasis.Reported ? "reported-on"
                : gold.Happenings.Concat(gold.AlsoRight).FirstOrDefault(h => Shows(c, h))?.Id ?? "WRONG";
            report.AppendLine(CultureInfo.InvariantCulture, $"  card #{c.Id} {c.Cameo} {c.Date} {c.Basis} [{string.Join(' ', c.Sides)}] {c.Sources} src (articles {c.Reports}) → {verdict}: {Cut(c.Summary)}");
        }
        var perHappening = found == 0 ? 0 : (double)matchedCards / found;
        var share = dated.Count == 0 ? 0 : (double)right / dated.Count;
        var summit = dated.Where(c => Shows(c, gold.Happenings.Single(h => h.Id == "kim-visit-2023"))).Select(c => c.Sources).DefaultIfEmpty(0).Max();
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"happenings found as cards {found}/{gold.Happenings.Count}; cards per found happening {matchedCards}/{found} = {perHappening:F2}; dated cards right {right}/{dated.Count} = {share:P0}; reported-on cards {cards.Count - dated.Count}; 2023 summit sources {summit}");
        output.WriteLine(figures);
        output.WriteLine(report.ToString());

        // Floors at the latest measurement (docs/benchmarks.md); the issue's targets are 12/13, ≤ 1.2 and ≥ 90 %.
        Assert.True(found >= FoundFloor, $"{figures}: fewer than {FoundFloor} of the 13 happenings are cards");
        Assert.True(perHappening <= CardsPerHappeningCeiling, $"{figures}: more than {CardsPerHappeningCeiling} cards per happening");
        Assert.True(share >= RightShareFloor, $"{figures}: under {RightShareFloor:P0} of dated cards right");
        Assert.True(summit >= 2, $"{figures}: the 2023 summit is not one card with two sources or more");
    }

    /// <summary>The three seeds whose pages give no publish date, dated as an editor does: through the admin correction.</summary>
    private async Task SetPublishDatesAsync(Dictionary<string, string> published)
    {
        foreach (var (seed, day) in published)
        {
            var file = File.ReadAllBytes(Directory.GetFiles(RepoPaths.SampleSeeds, seed + "_*.txt").Single());
            long id;
            await using (var db = portal.CreateContext())
            {
                // The importer keeps each file as the article's raw page: that is how a seed is known again.
                var articles = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.RawPage }).ToListAsync();
                id = articles.Single(a => a.RawPage is not null && ArticleStore.Decompress(a.RawPage).AsSpan().SequenceEqual(file)).Id;
            }
            var result = await portal.Services.WithAsync<ArticleEditor, EditResult>(e =>
                e.CorrectAsync(id, new ArticleCorrection(PublishedOn: DateOnly.Parse(day, CultureInfo.InvariantCulture)), "evaluation@example.test", CancellationToken.None));
            Assert.True(result.Succeeded, result.Error);
        }
    }

    /// <summary>Every card of the default timeline (the filter a visitor gets), with the countries it involves.</summary>
    private async Task<List<Card>> DefaultTimelineAsync()
    {
        await using var db = portal.CreateContext();
        var ids = await db.TimelineKeys(new EventFilter()).NewestFirstAfter(null).Select(k => k.Id).ToListAsync();
        var events = await db.Events.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new
            {
                e.Id, e.Cameo, e.DateStart, e.Precision, e.DateBasis, e.Summary,
                Actors = e.Participants.Select(p => new { p.Actor!.Key, p.Actor.CountryKey }).ToList(),
                Place = e.Location == null ? null : new { e.Location.Key, e.Location.CountryKey },
                Sources = e.Mentions.Select(m => m.ArticleId).Distinct().Count(),
                Articles = e.Mentions.Select(m => m.ArticleId).ToList(),
            })
            .ToListAsync();
        return [.. events.OrderBy(e => e.DateStart).Select(e => new Card(e.Id, e.Cameo, DateText(e.DateStart, e.Precision), e.DateBasis,
            [.. (e.Place is null ? e.Actors : e.Actors.Append(e.Place)).SelectMany(a => new[] { a.Key, a.CountryKey }).OfType<string>()], e.Sources, e.Summary, string.Join(',', e.Articles.Order())))];
    }

    private static string? DateText(DateOnly? start, DatePrecision precision) => start is not { } d ? null : precision switch
    {
        DatePrecision.Year => d.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static bool Shows(Card card, Happening h) =>
        card.Date is { } date && date.Length >= h.Date.Length && date.StartsWith(h.Date, StringComparison.Ordinal)
        && h.Roots.Contains(card.Cameo[..2]) && h.Sides.All(card.Sides.Contains) && (h.Actors is null || h.Actors.Any(card.Sides.Contains));

    private static string Cut(string text) => text.Length <= 110 ? text : text[..110] + "…";
}
