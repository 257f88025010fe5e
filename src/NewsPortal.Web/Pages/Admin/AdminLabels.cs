using System.Globalization;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Admin;

/// <summary>Arabic labels for the admin pages.</summary>
public static class AdminLabels
{
    public static string SourceKind(SourceKind kind) => kind switch
    {
        NewsPortal.Model.SourceKind.Feed => "موجز RSS/Atom",
        NewsPortal.Model.SourceKind.Sitemap => "خريطة موقع",
        NewsPortal.Model.SourceKind.ArticleUrl => "رابط مقالة",
        _ => "ملفات",
    };

    public static string RunKind(RunKind kind) => kind switch
    {
        NewsPortal.Model.RunKind.Import => "استيراد",
        NewsPortal.Model.RunKind.Fetch => "جلب",
        NewsPortal.Model.RunKind.Reextract => "إعادة استخراج",
        NewsPortal.Model.RunKind.Relink => "إعادة ربط الأحداث",
        _ => "إعادة وسم",
    };

    public static string RunState(RunState state) => state switch
    {
        NewsPortal.Model.RunState.Queued => "في الانتظار",
        NewsPortal.Model.RunState.Running => "جارية",
        NewsPortal.Model.RunState.Completed => "اكتملت",
        _ => "أُلغيت",
    };

    public static string ItemState(ItemState state) => state switch
    {
        NewsPortal.Model.ItemState.Pending => "في الانتظار",
        NewsPortal.Model.ItemState.Processing => "قيد المعالجة",
        NewsPortal.Model.ItemState.Succeeded => "نجح",
        NewsPortal.Model.ItemState.Failed => "فشل",
        NewsPortal.Model.ItemState.Parked => "موقوف بعد المحاولات",
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
