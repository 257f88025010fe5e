using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using NewsPortal.Model;
using NewsPortal.Web.Api;
using NewsPortal.Web.Tests.Pages;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Api;

// This class's events are in 1996, so its filters see only them.
[Collection(PortalFixtures.Name)]
public class PortalApiTests(PortalServer portal) : IAsyncLifetime
{
    // A year the imported sample seeds never mention, so only this class's events fall in it.
    private const string InOurYear = "from=1996-01-01&to=1996-12-31";
    private readonly ReaderData data = new(portal.Database);
    // xunit builds the class for every test: the events are inserted once per run.
    private static NewsPortal.Model.Article article = null!;
    private static Event visit = null!;
    private static Event formula = null!;
    private static bool seeded;

    public async Task InitializeAsync()
    {
        if (seeded)
        {
            return;
        }
        seeded = true;
        article = await data.ArticleAsync("شويغو في بيونغ يانغ 1996", "زار شويغو بيونغ يانغ. وقال مصدر: =HYPERLINK(\"http://evil\") سيحدث شيء.", new DateOnly(1996, 5, 5),
            mentions: (ReaderData.Shoigu, "شويغو"));
        visit = await data.EventAsync("visit", new DateOnly(1996, 5, 5), "شويغو يزور بيونغ يانغ، للمرة \"الأولى\"", [ReaderData.Shoigu, ReaderData.NorthKorea],
            [(article, "زار شويغو بيونغ يانغ.", "زار")], location: ReaderData.Pyongyang);
        formula = await data.EventAsync("statement", new DateOnly(1996, 5, 6), "=HYPERLINK(\"http://evil\")", [ReaderData.NorthKorea],
            [(article, "وقال مصدر: =HYPERLINK(\"http://evil\") سيحدث شيء.", "وقال")], status: EventStatus.Alleged);
        await data.EventAsync("visit", new DateOnly(1996, 5, 7), "مرفوض في واجهة البرمجة", [ReaderData.Shoigu], [(article, "زار شويغو بيونغ يانغ.", "زار")], review: ReviewState.Rejected);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> JsonAsync(string url)
    {
        using var client = portal.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_events_api_mirrors_the_timeline_filters_and_leaves_out_rejected_events()
    {
        var all = await JsonAsync("/api/events?" + InOurYear);
        var shoigu = await JsonAsync("/api/events?actor=Shoigu&" + InOurYear);

        Assert.Equal([formula.Id, visit.Id], all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        var only = Assert.Single(shoigu.GetProperty("items").EnumerateArray());
        Assert.Equal(visit.Id, only.GetProperty("id").GetInt64());
        Assert.Equal("زيارة", only.GetProperty("typeLabel").GetString());
        Assert.Equal("5 مايو 1996", only.GetProperty("dateLabel").GetString());
        Assert.Equal("Q18808", only.GetProperty("location").GetProperty("publicId").GetString());
        Assert.Equal(["np:person/sergei-shoigu", "Q423"], only.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("publicId").GetString()));
        Assert.Equal(["actor", "target"], only.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("role").GetString()));
        Assert.Equal(article.Id, only.GetProperty("sources")[0].GetProperty("articleId").GetInt64());
        Assert.Equal("زار شويغو بيونغ يانغ.", only.GetProperty("sources")[0].GetProperty("evidence").GetString());
        Assert.Equal("stated", only.GetProperty("dateBasis").GetString());
        var alleged = await JsonAsync("/api/events?status=alleged&" + InOurYear);
        Assert.Equal([formula.Id], alleged.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task The_events_api_lists_undated_events_after_the_dated_ones_and_alone_on_request()
    {
        const string kim = "np:person/kim-yong-bok";
        var report = await data.ArticleAsync("خبر بلا تاريخ", "التقى كيم يونغ بوك وفدا روسيا.", null, mentions: (kim, "كيم يونغ بوك"));
        var undated = await data.EventAsync("meeting", null, "لقاء بلا تاريخ", [kim], [(report, "التقى كيم يونغ بوك وفدا روسيا.", "التقى")], precision: DatePrecision.Unknown);
        var dated = await data.EventAsync("meeting", new DateOnly(2013, 2, 1), "لقاء مؤرخ", [kim], [(report, "التقى كيم يونغ بوك وفدا روسيا.", "التقى")]);

        var both = await JsonAsync("/api/events?actor=" + kim);
        var onlyUndated = await JsonAsync("/api/events?undated=true&actor=" + kim);
        var onlyDated = await JsonAsync("/api/events?undated=false&actor=" + kim);

        Assert.Equal([dated.Id, undated.Id], both.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        Assert.Equal(2, both.GetProperty("total").GetInt32());
        Assert.Equal([undated.Id], onlyUndated.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        Assert.Equal([dated.Id], onlyDated.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task The_openapi_document_names_every_timeline_filter()
    {
        using var client = portal.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement;

        List<string?> Parameters(string path) => [.. document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal)];
        string[] filters = ["actor", "all", "dated", "event", "from", "mode", "rollup", "source", "status", "to", "type"];

        Assert.Equal([.. filters.Append("after").Append("undated").Order(StringComparer.Ordinal)], Parameters("/api/events"));
        Assert.Equal(filters, Parameters("/timeline/export.csv"));
        Assert.Equal(filters, Parameters("/timeline/feed"));
    }

    [Fact]
    public async Task The_articles_api_finds_an_actor_in_another_spelling()
    {
        var result = await JsonAsync("/api/articles?q=" + Uri.EscapeDataString("سيرغي شويغو") + "&" + InOurYear);

        Assert.Contains(result.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetInt64() == article.Id);
        Assert.Equal(["np:person/sergei-shoigu"], result.GetProperty("recognisedActors").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task The_actor_api_answers_by_public_id_and_says_not_found_otherwise()
    {
        var actor = await JsonAsync("/api/actors/np:person/sergei-shoigu");
        using var client = portal.CreateClient();
        var missing = await client.GetAsync(new Uri("/api/actors/Q0000000", UriKind.Relative));

        Assert.Equal("Sergei Shoigu", actor.GetProperty("nameEn").GetString());
        Assert.Contains(actor.GetProperty("latestEvents").EnumerateArray(), e => e.GetProperty("id").GetInt64() == visit.Id);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var doc = await JsonAsync("/openapi/v1.json");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/events", paths);
        Assert.Contains("/api/articles", paths);
        Assert.Contains("/timeline/export.csv", paths);
    }

    [Fact]
    public async Task The_atom_feed_carries_the_filtered_events()
    {
        using var client = portal.CreateClient();
        var response = await client.GetAsync(new Uri("/timeline/feed?actor=Q423&type=visit&" + InOurYear, UriKind.Relative));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var entry = Assert.Single(xml.Root!.Elements(atom + "entry"));
        Assert.Equal($"urn:newsportal:event:{visit.Id}", entry.Element(atom + "id")!.Value);
        Assert.StartsWith("زيارة — 5 مايو 1996", entry.Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.EndsWith($"/articles/{article.Id}", entry.Element(atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_quotes_cells_and_neutralizes_formulas()
    {
        using var client = portal.CreateClient();
        var response = await client.GetAsync(new Uri("/timeline/export.csv?" + InOurYear, UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,date_start,date_end,precision,date_basis,type,type_label,cameo,status,summary,acting,acted_on", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{formula.Id},1996-05-06,1996-05-06,day,stated,statement,تصريح,040,alleged,\"'=HYPERLINK(\"\"http://evil\"\")\",", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"شويغو يزور بيونغ يانغ، للمرة \"\"الأولى\"\"\"", lines[2], StringComparison.Ordinal);
        Assert.Contains($"/articles/{article.Id}", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_lists_every_dated_event_newest_first_then_every_undated_one_across_batches()
    {
        // An actor of this test alone, with more events than one batch holds.
        int actorId;
        List<long> dated, undated;
        await using (var db = portal.Database.CreateContext())
        {
            var actor = new NewsPortal.Model.Actor { Key = "np:person/csv-batch-test", Kind = "person", NameAr = "فاعل التصدير", NameEn = "Export test actor" };
            db.Actors.Add(actor);
            await db.SaveChangesAsync();
            actorId = actor.Id;
            var events = Enumerable.Range(0, TimelineExports.CsvBatch + 3)
                .Select(i => new Event
                {
                    Type = "meeting", Cameo = "043", Summary = $"لقاء {i}",
                    // Two events a day: the cursor must order by date, then id.
                    DateStart = i < TimelineExports.CsvBatch + 1 ? new DateOnly(2010, 1, 1).AddDays(i / 2) : null,
                    Participants = [new EventParticipant { ActorId = actorId }],
                })
                .ToList();
            db.Events.AddRange(events);
            await db.SaveChangesAsync();
            dated = [.. events.Where(e => e.DateStart != null).OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id).Select(e => e.Id)];
            undated = [.. events.Where(e => e.DateStart == null).OrderByDescending(e => e.Id).Select(e => e.Id)];
        }

        using var client = portal.CreateClient();
        var csv = await client.GetStringAsync(new Uri("/timeline/export.csv?actor=np:person/csv-batch-test", UriKind.Relative));

        var ids = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => long.Parse(line[..line.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal([.. dated, .. undated], ids);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=a,b", "\"'=a,b\"")]
    public void A_csv_cell_is_quoted_per_rfc_4180_and_formula_starts_get_an_apostrophe(string value, string expected)
    {
        Assert.Equal(expected, TimelineExports.Cell(value));
    }
}
