using System.Text.Json;
using NewsPortal.Cli;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Cli;

/// <summary>The <c>analyze</c> contract that scripts and outside checks depend on.</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private static readonly string[] Statuses = ["happened", "planned", "alleged", "denied"];
    private readonly string folder = Directory.CreateTempSubdirectory("analyze-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<(int Code, JsonElement Json, string Errors)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await AnalyzeCommand.RunAsync(args, stdout, stderr);
        var json = code == 0 ? JsonDocument.Parse(stdout.ToString()).RootElement.Clone() : default;
        return (code, json, stderr.ToString());
    }

    private static string SeedWithDate() =>
        Directory.EnumerateFiles(RepoPaths.SampleSeeds).Order(StringComparer.Ordinal)
            .First(f => File.ReadAllText(f).Contains("تاريخ النشر", StringComparison.Ordinal));

    [Fact]
    public async Task A_seed_file_gives_one_json_document_whose_spans_point_into_its_body()
    {
        var (code, json, _) = await Run(SeedWithDate());

        Assert.Equal(0, code);
        var body = json.GetProperty("body").GetString()!;
        Assert.False(string.IsNullOrEmpty(json.GetProperty("title").GetString()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", json.GetProperty("published").GetString()!);
        var putin = json.GetProperty("actors").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "Q7747");
        Assert.Equal("Vladimir Putin", putin.GetProperty("name").GetString());
        Assert.Equal("person", putin.GetProperty("kind").GetString());
        Assert.Equal(putin.GetProperty("mentions").GetInt32(), putin.GetProperty("spans").GetArrayLength());
        foreach (var span in putin.GetProperty("spans").EnumerateArray())
        {
            Assert.Contains("بوتين", body[span[0].GetInt32()..span[1].GetInt32()], StringComparison.Ordinal);
        }
        foreach (var date in json.GetProperty("dates").EnumerateArray())
        {
            var span = date.GetProperty("span");
            Assert.Equal(date.GetProperty("text").GetString(), body[span[0].GetInt32()..span[1].GetInt32()]);
        }
        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            var span = e.GetProperty("span");
            Assert.Equal(e.GetProperty("evidence").GetString(), body[span[0].GetInt32()..span[1].GetInt32()]);
            Assert.Matches(@"^\d{3,4}$", e.GetProperty("cameo").GetString()!);
            Assert.Contains(e.GetProperty("status").GetString(), Statuses);
        }
    }

    [Fact]
    public async Task Relative_dates_resolve_against_the_publish_date_given_on_the_command_line()
    {
        var path = Path.Combine(folder, "relative.txt");
        await File.WriteAllTextAsync(path, "وصل وفد روسي إلى بيونغ يانغ\n\nوصل وزير الدفاع الروسي إلى بيونغ يانغ أمس في زيارة رسمية تستمر ثلاثة أيام.\n");

        var (_, unknown, _) = await Run(path);
        var (code, known, _) = await Run(path, "--published", "2024-06-19");

        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("dates")[0].GetProperty("value").ValueKind);
        Assert.Equal("2024-06-19", known.GetProperty("published").GetString());
        Assert.Equal("2024-06-18", known.GetProperty("dates")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task An_html_page_is_read_through_the_extractor()
    {
        var path = Path.Combine(folder, "page.html");
        await File.WriteAllTextAsync(path, """
            <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>لافروف في بيونغ يانغ</title>
            <meta property="article:published_time" content="2023-10-19T09:00:00+03:00"></head>
            <body><nav><a href="/">الرئيسية</a></nav><article><h1>لافروف في بيونغ يانغ</h1>
            <p>وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ اليوم الخميس في زيارة تستمر يومين يلتقي خلالها نظيرته الكورية الشمالية.</p>
            <p>وتأتي الزيارة بعد أكثر من شهر على القمة التي جمعت الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون في أقصى شرق روسيا.</p>
            </article></body></html>
            """);

        var (code, json, _) = await Run(path);

        Assert.Equal(0, code);
        Assert.Equal("2023-10-19", json.GetProperty("published").GetString());
        Assert.DoesNotContain("الرئيسية", json.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains(json.GetProperty("actors").EnumerateArray(), a => a.GetProperty("name").GetString() == "Sergey Lavrov");
    }

    [Fact]
    public async Task Each_event_carries_its_facets_mentions_reporting_statement_and_participant_roles()
    {
        var path = Path.Combine(folder, "happening.txt");
        await File.WriteAllTextAsync(path, "زيارة إلى بيونغ يانغ\n\n"
            + "أعلن الكرملين، الاثنين، أن الرئيس الروسي فلاديمير بوتين سيزور كوريا الشمالية الشهر المقبل.\n"
            + "وزار الرئيس الروسي فلاديمير بوتين كوريا الشمالية أمس، والتقى الزعيم الكوري الشمالي كيم جونغ أون.\n"
            + "وناقش الزعيمان خلال الزيارة التعاون العسكري.\n");

        var (code, json, _) = await Run(path, "--published", "2024-06-20");

        Assert.Equal(0, code);
        var body = json.GetProperty("body").GetString()!;
        var events = json.GetProperty("events").EnumerateArray().ToList();
        var statement = events.Single(e => e.GetProperty("type").GetString() == "statement");
        Assert.Equal("2024-06-17", statement.GetProperty("date").GetString());
        var planned = events.Single(e => e.GetProperty("status").GetString() == "planned");
        Assert.Equal(statement.GetProperty("id").GetInt32(), planned.GetProperty("reportedBy").GetInt32());
        var visit = events.Single(e => e.GetProperty("type").GetString() == "visit" && e.GetProperty("date").GetString() == "2024-06-19");
        Assert.Equal(JsonValueKind.Null, visit.GetProperty("reportedBy").ValueKind);
        var facets = visit.GetProperty("facets").EnumerateArray().ToList();
        Assert.Contains(facets, f => f.GetProperty("type").GetString() == "meeting" && f.GetProperty("cameo").GetString() == "040");
        foreach (var f in facets)
        {
            var span = f.GetProperty("span");
            Assert.Equal(f.GetProperty("trigger").GetString(), body[span[0].GetInt32()..span[1].GetInt32()]);
        }
        // The visit, its meeting, and the talks held "خلال الزيارة" in the next sentence are one happening.
        Assert.Equal(4, visit.GetProperty("mentions").GetArrayLength());
        Assert.Contains(facets, f => f.GetProperty("type").GetString() == "talks");
        Assert.Contains(visit.GetProperty("mentions").EnumerateArray(),
            m => body[m.GetProperty("triggerSpan")[0].GetInt32()..m.GetProperty("triggerSpan")[1].GetInt32()] == "الزيارة");
        var roles = visit.GetProperty("participants").EnumerateArray().ToList();
        Assert.Equal(("Q7747", "source"), (roles[0].GetProperty("id").GetString(), roles[0].GetProperty("role").GetString()));
        Assert.Contains(roles, r => r.GetProperty("id").GetString() == "Q56226" && r.GetProperty("role").GetString() == "target");
    }

    [Theory]
    [InlineData("--published", "13/09/2023")]
    [InlineData("--verbose")]
    [InlineData]
    public async Task Bad_usage_is_refused_with_a_usage_line(params string[] args)
    {
        var (code, _, errors) = await Run(args);

        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(errors));
    }

    [Fact]
    public async Task A_missing_or_empty_file_is_reported_and_nothing_is_printed_as_a_result()
    {
        var empty = Path.Combine(folder, "empty.txt");
        await File.WriteAllTextAsync(empty, "");

        var (missing, _, missingError) = await Run(Path.Combine(folder, "nope.txt"));
        var (blank, _, blankError) = await Run(empty);

        Assert.Equal(1, missing);
        Assert.Contains("no such file", missingError, StringComparison.Ordinal);
        Assert.Equal(1, blank);
        Assert.Contains("empty", blankError, StringComparison.Ordinal);
    }
}
