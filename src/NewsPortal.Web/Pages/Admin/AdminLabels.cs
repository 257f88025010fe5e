using System.Globalization;
using NewsPortal.Articles;
using NewsPortal.Events;
using NewsPortal.Ingestion;

namespace NewsPortal.Web.Pages.Admin;

/// <summary>Arabic labels for the admin pages.</summary>
public static class AdminLabels
{
    public static string SourceKind(SourceKind kind) => kind switch
    {
        NewsPortal.Articles.SourceKind.Feed => "موجز RSS/Atom",
        NewsPortal.Articles.SourceKind.Sitemap => "خريطة موقع",
        NewsPortal.Articles.SourceKind.ArticleUrl => "رابط مقالة",
        _ => "ملفات",
    };

    public static string RunKind(RunKind kind) => kind switch
    {
        NewsPortal.Ingestion.RunKind.Import => "استيراد",
        NewsPortal.Ingestion.RunKind.Fetch => "جلب",
        NewsPortal.Ingestion.RunKind.Reextract => "إعادة استخراج",
        NewsPortal.Ingestion.RunKind.Relink => "إعادة ربط الأحداث",
        _ => "إعادة وسم",
    };

    public static string RunState(RunState state) => state switch
    {
        NewsPortal.Ingestion.RunState.Queued => "في الانتظار",
        NewsPortal.Ingestion.RunState.Running => "جارية",
        NewsPortal.Ingestion.RunState.Completed => "اكتملت",
        _ => "أُلغيت",
    };

    public static string ItemState(ItemState state) => state switch
    {
        NewsPortal.Ingestion.ItemState.Pending => "في الانتظار",
        NewsPortal.Ingestion.ItemState.Processing => "قيد المعالجة",
        NewsPortal.Ingestion.ItemState.Succeeded => "نجح",
        NewsPortal.Ingestion.ItemState.Failed => "فشل",
        NewsPortal.Ingestion.ItemState.Parked => "موقوف بعد المحاولات",
        _ => "تُخطّي",
    };

    public static string Review(ReviewState review) => review switch
    {
        ReviewState.Confirmed => "مؤكَّد",
        ReviewState.Corrected => "مصحَّح",
        ReviewState.Rejected => "مرفوض",
        _ => "بلا مراجعة",
    };

    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "يوم",
        DatePrecision.Month => "شهر",
        DatePrecision.Year => "سنة",
        DatePrecision.Range => "مدى",
        _ => "غير معروف",
    };

    /// <summary>UTC times as written in the database, unambiguous for admins in any time zone.</summary>
    public static string Time(DateTime? utc) =>
        utc is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : "—";
}
