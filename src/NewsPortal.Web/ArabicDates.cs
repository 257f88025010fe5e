using System.Globalization;
using NewsPortal.Model;

namespace NewsPortal.Web;

/// <summary>Dates as Arabic readers expect them on the page.</summary>
public static class ArabicDates
{
    private static readonly CultureInfo Arabic = CreateCulture();

    public static string Day(DateOnly? date) =>
        date is { } d ? d.ToString("d MMMM yyyy", Arabic) : "تاريخ غير معروف";

    public static string SourceLabel(PublishDateSource source) => source switch
    {
        PublishDateSource.PageMetadata => "من بيانات الصفحة",
        PublishDateSource.TextLine => "من سطر التاريخ في النص",
        PublishDateSource.Dateline => "من مستهل الخبر (المكان والتاريخ)",
        PublishDateSource.Url => "من رابط الصفحة",
        PublishDateSource.InferredFromWeekday => "مستنتج من يوم الأسبوع",
        PublishDateSource.Admin => "حدّده محرر",
        _ => "المصدر غير معروف",
    };

    // Gregorian months with Western digits, as most Arabic news sites print dates.
    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ar-EG").Clone();
        culture.DateTimeFormat.Calendar = new GregorianCalendar();
        culture.NumberFormat.DigitSubstitution = DigitShapes.None;
        culture.NumberFormat.NativeDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
        return culture;
    }
}
