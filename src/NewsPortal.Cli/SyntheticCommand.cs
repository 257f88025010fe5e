using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Analysis.Text;
using NewsPortal.Data;
using NewsPortal.Model;
using Npgsql;
using NpgsqlTypes;

namespace NewsPortal.Cli;

/// <summary>
/// <c>generate-synthetic --articles N</c>: fills the database with clearly synthetic articles (source
/// "بيانات اصطناعية (synthetic)", URLs under https://synthetic.invalid/) and their mentions and events,
/// built from the gazetteer's actors and a few Arabic sentence templates, for load tests only.
/// </summary>
public static class SyntheticCommand
{
    public const string SourceName = "بيانات اصطناعية (synthetic)";

    // {A} acts, {B} is the other side, {L} the place; the trigger is the first word.
    private static readonly (string Type, int Status, string Sentence)[] Templates =
    [
        ("visit", 0, "زار {A} مدينة {L} حيث التقى {B} لبحث التعاون بين البلدين."),
        ("meeting", 0, "التقى {A} {B} في {L} وناقشا الملفات الإقليمية."),
        ("meeting", 1, "سيلتقي {A} {B} في {L} خلال الأسابيع المقبلة بحسب مصادر مطلعة."),
        ("agreement", 0, "وقع {A} و{B} اتفاقية للتعاون الاقتصادي في {L}."),
        ("phone_call", 0, "أجرى {A} اتصالا هاتفيا مع {B} تناول العلاقات الثنائية."),
        ("arms_transfer", 2, "اتهم مسؤولون {A} بنقل ذخائر إلى {B} عبر {L}."),
        ("sanctions", 0, "فرض {A} عقوبات جديدة على {B} بسبب التعاون العسكري."),
        ("statement", 3, "نفى {A} تقارير عن صفقة سرية مع {B} في {L}."),
    ];

    private const string Filler = "هذا نص اصطناعي أُنشئ لاختبار أداء البوابة فقط ولا يصف أحداثا حقيقية. ";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings = null)
    {
        var count = 0;
        var seed = 42;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--articles": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
            }
        }
        if (count <= 0)
        {
            await stderr.WriteLineAsync("usage: generate-synthetic --articles N [--seed S]");
            return 2;
        }

        using var host = await CliHost.StartAsync(settings);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();

        // Synthetic rows must never mix with real ones: only an empty or all-synthetic database is filled.
        if (await db.Articles.AnyAsync(a => a.Source == null || a.Source.Name != SourceName))
        {
            await stderr.WriteLineAsync(
                $"refusing: database '{db.Database.GetDbConnection().Database}' holds real articles; generate-synthetic only fills an empty or synthetic database (scripts/load uses .data/load)");
            return 1;
        }
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Name == SourceName);
        if (source is null)
        {
            source = new Source { Name = SourceName, Kind = SourceKind.Files, Location = "https://synthetic.invalid/", CreatedAtUtc = DateTime.UtcNow };
            db.Sources.Add(source);
            await db.SaveChangesAsync();
        }
        var actors = await db.Actors.AsNoTracking().Select(a => new { a.Id, a.Kind, a.NameAr }).ToListAsync();
        var people = actors.Where(a => a.Kind is "person" or "country" or "organization").ToArray();
        var places = actors.Where(a => a.Kind == "location").ToArray();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        var articleId = await NextIdAsync(connection, "articles");
        var eventId = await NextIdAsync(connection, "events");
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        var firstDay = new DateOnly(2019, 1, 1).DayNumber;
        var days = new DateOnly(2025, 12, 31).DayNumber - firstDay;

        await using (var articles = await connection.BeginBinaryImportAsync(
            "COPY articles (id, source_id, url, canonical_url, title, body, publisher, published_on, published_from, fetched_at_utc, language, content_hash, search_text, created_at_utc, updated_at_utc) FROM STDIN (FORMAT BINARY)"))
        {
            var mentions = new List<(long Article, int Actor, int Start, int End)>();
            var events = new List<(long Id, string Type, int Status, DateOnly Day, int Location, string Summary)>();
            var participants = new List<(long Event, int Actor, int Role)>();
            var reports = new List<(long Event, long Article, int Start, int End, int TriggerEnd)>();
            for (var n = 0; n < count; n++)
            {
                var (type, status, template) = Templates[random.Next(Templates.Length)];
                var a = people[random.Next(people.Length)];
                var b = people[random.Next(people.Length)];
                var l = places[random.Next(places.Length)];
                var day = DateOnly.FromDayNumber(firstDay + random.Next(days));
                var body = new StringBuilder();
                var spans = new List<(int Actor, int Start, int End)>();
                foreach (var part in Split(template))
                {
                    var actor = part switch { "{A}" => a, "{B}" => b, "{L}" => l, _ => null };
                    if (actor is null)
                    {
                        body.Append(part);
                        continue;
                    }
                    spans.Add((actor.Id, body.Length, body.Length + actor.NameAr.Length));
                    body.Append(actor.NameAr);
                }
                var sentenceEnd = body.Length;
                var triggerEnd = template.IndexOf(' ', StringComparison.Ordinal);
                body.Append("\n\n").Append(Filler).Append(Filler);
                var text = body.ToString();
                var id = articleId++;
                var title = $"[اصطناعي] {Templates.First(t => t.Sentence == template).Type} {n}";

                // Every fourth article reports the previous event again: events with several sources.
                if (n % 4 == 3 && events.Count > 0)
                {
                    var previous = events[^1];
                    reports.Add((previous.Id, id, 0, sentenceEnd, triggerEnd));
                    day = previous.Day;
                }
                else
                {
                    var ev = eventId++;
                    events.Add((ev, type, status, day, l.Id, text[..sentenceEnd]));
                    participants.Add((ev, a.Id, 0));
                    if (b.Id != a.Id)
                    {
                        participants.Add((ev, b.Id, 1));
                    }
                    reports.Add((ev, id, 0, sentenceEnd, triggerEnd));
                }
                mentions.AddRange(spans.Select(s => (id, s.Actor, s.Start, s.End)));

                await articles.StartRowAsync();
                await articles.WriteAsync(id, NpgsqlDbType.Bigint);
                await articles.WriteAsync(source.Id, NpgsqlDbType.Integer);
                await articles.WriteAsync($"https://synthetic.invalid/articles/{id}", NpgsqlDbType.Varchar);
                await articles.WriteAsync($"https://synthetic.invalid/articles/{id}", NpgsqlDbType.Varchar);
                await articles.WriteAsync(title, NpgsqlDbType.Varchar);
                await articles.WriteAsync(text, NpgsqlDbType.Text);
                await articles.WriteAsync(SourceName, NpgsqlDbType.Varchar);
                await articles.WriteAsync(day, NpgsqlDbType.Date);
                await articles.WriteAsync((int)PublishDateSource.PageMetadata, NpgsqlDbType.Integer);
                await articles.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
                await articles.WriteAsync("ar", NpgsqlDbType.Varchar);
                await articles.WriteAsync(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), NpgsqlDbType.Varchar);
                await articles.WriteAsync(ArabicNormalizer.Normalize(title + "\n" + text), NpgsqlDbType.Text);
                await articles.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
                await articles.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
            }
            await articles.CompleteAsync();
            await articles.DisposeAsync();

            await CopyAsync(connection, "COPY events (id, type, cameo, date_start, date_end, precision, status, location_actor_id, summary, review, created_at_utc) FROM STDIN (FORMAT BINARY)", events, async (w, e) =>
            {
                await w.WriteAsync(e.Id, NpgsqlDbType.Bigint);
                await w.WriteAsync(e.Type, NpgsqlDbType.Varchar);
                await w.WriteAsync("000", NpgsqlDbType.Varchar);
                await w.WriteAsync(e.Day, NpgsqlDbType.Date);
                await w.WriteAsync(e.Day, NpgsqlDbType.Date);
                await w.WriteAsync(1, NpgsqlDbType.Integer);
                await w.WriteAsync(e.Status, NpgsqlDbType.Integer);
                await w.WriteAsync(e.Location, NpgsqlDbType.Integer);
                await w.WriteAsync(e.Summary, NpgsqlDbType.Varchar);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
                await w.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
            });
            await CopyAsync(connection, "COPY event_participants (event_id, actor_id, role) FROM STDIN (FORMAT BINARY)", participants, async (w, p) =>
            {
                await w.WriteAsync(p.Event, NpgsqlDbType.Bigint);
                await w.WriteAsync(p.Actor, NpgsqlDbType.Integer);
                await w.WriteAsync(p.Role, NpgsqlDbType.Integer);
            });
            await CopyAsync(connection, "COPY event_mentions (event_id, article_id, evidence_start, evidence_end, trigger_start, trigger_end, fingerprint) FROM STDIN (FORMAT BINARY)", reports, async (w, r) =>
            {
                await w.WriteAsync(r.Event, NpgsqlDbType.Bigint);
                await w.WriteAsync(r.Article, NpgsqlDbType.Bigint);
                await w.WriteAsync(r.Start, NpgsqlDbType.Integer);
                await w.WriteAsync(r.End, NpgsqlDbType.Integer);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
                await w.WriteAsync(r.TriggerEnd, NpgsqlDbType.Integer);
                // Admin decisions key on fingerprints; a synthetic report's own is unique and says what it is.
                await w.WriteAsync($"synthetic:{r.Article}:{r.Event}:{r.Start}", NpgsqlDbType.Text);
            });
            await CopyAsync(connection, "COPY mentions (article_id, actor_id, start, \"end\") FROM STDIN (FORMAT BINARY)", mentions, async (w, m) =>
            {
                await w.WriteAsync(m.Article, NpgsqlDbType.Bigint);
                await w.WriteAsync(m.Actor, NpgsqlDbType.Integer);
                await w.WriteAsync(m.Start, NpgsqlDbType.Integer);
                await w.WriteAsync(m.End, NpgsqlDbType.Integer);
            });
            await stdout.WriteLineAsync($"{count} synthetic articles, {events.Count} events, {reports.Count} event reports, {mentions.Count} mentions in {clock.Elapsed.TotalSeconds:F1} s");
        }
        foreach (var table in new[] { "articles", "events" })
        {
            await using var reset = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", connection);
            await reset.ExecuteNonQueryAsync();
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }
        return 0;
    }

    private static IEnumerable<string> Split(string template)
    {
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                yield return template[i..];
                yield break;
            }
            if (open > i)
            {
                yield return template[i..open];
            }
            yield return template[open..(open + 3)];
            i = open + 3;
        }
    }

    private static async Task<long> NextIdAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT coalesce(max(id), 0) + 1 FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string copy, List<T> rows, Func<NpgsqlBinaryImporter, T, Task> write)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copy);
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            await write(importer, row);
        }
        await importer.CompleteAsync();
    }
}
