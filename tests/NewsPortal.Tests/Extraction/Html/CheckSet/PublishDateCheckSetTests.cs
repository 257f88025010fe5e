using System.Text.Json;
using NewsPortal.Extraction.Html;
using NewsPortal.Tests.Extraction.Html.Benchmark;

namespace NewsPortal.Tests.Extraction.Html.CheckSet;

/// <summary>
/// The extra check set: real Arabic pages we did not tune on (arabic-check-set.json keeps only
/// their address, hand-read day and date form). Each form is rebuilt here in a page of our own
/// words, at the page's real address, and the extractor must give the hand-read day (or none).
/// </summary>
public sealed class PublishDateCheckSetTests
{
    private const string Body = """
        <p>قال مسؤولون في العاصمتين إن المحادثات تناولت التعاون في مجالات الطاقة والنقل والزراعة، وإن الجانبين اتفقا على مواصلة اللقاءات خلال الأشهر المقبلة.</p>
        <p>وأضاف المتحدث أن الوفدين بحثا كذلك ملفات إقليمية، من دون أن يكشف عن تفاصيل إضافية حول ما تم التوصل إليه في الجلسة الختامية.</p>
        <p>ولم يصدر تعليق فوري من الجهات الأخرى المعنية، فيما يتوقع مراقبون أن تتضح نتائج الزيارة في الأيام القليلة القادمة.</p>
        """;

    /// <summary>Each page's date form, rebuilt around the same neutral article.</summary>
    private static readonly Dictionary<string, string> Forms = new()
    {
        ["arabkhabar-4969189"] = "<h1>الزعيم يشيد بالعلاقات مع موسكو</h1><div class=\"post-meta\">تاريخ النشر: 15th, August 2025 GMT</div>",
        ["arabkhabar-621819"] = "<h1>الوزير يعتزم زيارة العاصمة الشهر المقبل</h1><div class=\"post-meta\">تاريخ النشر: 13th, September 2023 GMT</div>",
        ["daralmaref-1565399"] = "<h1>الزعيم يدعو الرئيس إلى زيارة بلاده</h1><div class=\"article-info\"><a href=\"/section/7\">عرب وعالم</a>14-9-2023 | 03:15</div>",
        ["alchourouk-kim-train"] = "<h1>الزعيم يغادر بلاده على متن قطاره</h1><div class=\"news-date\">تاريخ النشر : 23:48 - 2023/09/11</div>",
        ["sabq-bbi5pejsgf"] = "<h1>الزعيم يتوجه إلى العاصمة في زيارة رسمية</h1><div class=\"meta\"><span>date</span> 2025-09-01</div>",
        ["sarabic-1081012920"] = "<h1>الزعيم يدعو الرئيس إلى زيارة بلاده</h1>",
        ["elmanshar-2024-12-05"] = "<h1>دخول الاتفاقية حيز التنفيذ</h1>",
        ["misrtalateen-2025-07-13"] = "<h1>الوزير والزعيم يتفقان على أسباب التوتر</h1>",
        ["rayalauma-2024-06-19"] = "<h1>الزيارة تسفر عن معاهدة بين البلدين</h1>",
        ["albawabhnews-4892781"] = "<header class=\"site-header\"><div class=\"today-date\">الأحد 24 نوفمبر 2024</div><div class=\"logo\">الموقع</div></header><h1>الوزير يصل إلى العاصمة</h1>",
        ["ansarollah-714796"] = "<h1>الزعيم يتعهد بتوسيع التعاون مع موسكو</h1><div class=\"post-info\">موقع الأخبار – متابعات – 11 ربيع الأول 1446هـ</div>",
        ["alwathika-124169"] = "<h1>المعاهدة تدخل حيز التنفيذ</h1><p class=\"author\">مشاركة » الأربعاء ديسمبر 04, 2024 10:29 pm</p>",
        ["masrawy-2847711"] = "<h1>الرئيس يدعو الزعيم لزيارة بلاده</h1><span class=\"time\">12:02 م الأربعاء 03 سبتمبر 2025</span>",
        ["alwakeelnews-750216"] = "<div class=\"top-date\">الخميس 2025-10-16 08:42 م</div><h1>رئيس البرلمان يدعو الزعيم إلى زيارة</h1><div class=\"news-date\">الخميس، 16-10-2025 07:35 م</div>",
        ["sarabic-1103624358"] = "<h1>رئيس المجلس يزور العاصمة منتصف الشهر</h1><div class=\"lead\">يتوجه رئيس المجلس إلى العاصمة على رأس وفد للمشاركة في احتفالات... 12.08.2025, الوكالة</div>",
        ["najah-223215"] = "<h1>انطلاق القمة في المدينة الساحلية</h1>",
        ["newspravda-72654"] = "<h1>الوزير يصل في زيارة رسمية تستغرق يومين</h1>",
        ["neworientnews-61651"] = "<h1>الوزير يدعو الزعيم لزيارة بلاده</h1>",
        ["alrai-10954524"] = "<h1>الزعيم يؤكد دعم بلاده لحليفها</h1><div class=\"post-date\">تاريخ النشر : الاثنين 09:13 27-4-2026</div>",
        ["almanar-251002"] = "<header class=\"top-bar\"><div class=\"today\">الخميس <span>09 10 2025</span> <span>16 ربيع الثاني 1447</span> بيروت 14:50</div></header><div class=\"section\">دولي</div><h1>لقاء بين الحزبين يبحث تطور العلاقات</h1>",
        ["haberler-18570181"] = "<h1>الاستخبارات تعلن أعداد الجنود المرسلين</h1><div class=\"news-date\">30.04.2025 10:20</div>",
    };

    /// <summary>Furniture some of the pages carry after the article, with other days than its own.</summary>
    private static readonly Dictionary<string, string> After = new()
    {
        ["alchourouk-kim-train"] = "<div class=\"related-news\"><h3>في نفس السياق</h3><p>خبر آخر عن موضوع مختلف تماما</p><span class=\"date\">01:20 - 2025/08/13</span></div>",
    };

    public static TheoryData<string> Ids() => [.. Gold().Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_check_set_form_gives_the_hand_read_day(string id)
    {
        var page = Gold().Single(p => p.Id == id);
        var html = $"<html lang=\"ar\" dir=\"rtl\"><body>{Forms[id]}<article>{Body}</article>{After.GetValueOrDefault(id, "")}</body></html>";

        var article = new HtmlArticleExtractor().Extract(html, new Uri(page.Url));

        Assert.Equal(page.Published, article.Published?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void Every_page_of_the_gold_file_has_a_rebuilt_form()
    {
        var gold = Gold();
        Assert.True(gold.Count >= 21);
        Assert.All(gold, p => Assert.True(Forms.ContainsKey(p.Id), p.Id));
    }

    private sealed record GoldPage(string Id, string Url, string? Published, string Form);

    private static List<GoldPage> Gold()
    {
        var path = Path.Combine(BenchFolder.RepositoryRoot(), "tests", "NewsPortal.Tests", "Extraction", "Html", "CheckSet", "arabic-check-set.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.GetProperty("pages").EnumerateArray().Select(p => new GoldPage(
            p.GetProperty("id").GetString()!,
            p.GetProperty("url").GetString()!,
            p.GetProperty("published").ValueKind == JsonValueKind.String ? p.GetProperty("published").GetString() : null,
            p.GetProperty("form").GetString()!))];
    }
}
