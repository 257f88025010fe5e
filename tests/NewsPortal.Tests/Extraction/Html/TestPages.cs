namespace NewsPortal.Tests.Extraction.Html;

/// <summary>Pages written for the tests in the layouts real Arabic news sites use.</summary>
public static class TestPages
{
    public static readonly string[] Paragraphs =
    [
        "أعلنت وزارة الخارجية الروسية يوم الثلاثاء أن وفداً رفيع المستوى من كوريا الشمالية سيصل إلى موسكو الأسبوع المقبل لإجراء محادثات حول التعاون الاقتصادي والعسكري بين البلدين، في خطوة تعكس تقارباً متزايداً منذ القمة التي جمعت الزعيمين العام الماضي.",
        "وقالت المتحدثة باسم الوزارة في مؤتمر صحفي إن المحادثات ستتناول مشاريع النقل عبر الحدود المشتركة وتوسيع خط السكك الحديدية الذي يربط مدينة خاسان الروسية بميناء راجين الكوري الشمالي، إضافة إلى ملفات الطاقة والزراعة.",
        "ويرى مراقبون أن موسكو تسعى إلى تعزيز شراكاتها في آسيا في ظل العقوبات الغربية المفروضة عليها، بينما تبحث بيونغ يانغ عن مصادر جديدة للغذاء والوقود والتكنولوجيا بعد سنوات من العزلة الدولية.",
        "وأشار دبلوماسيون في سيول إلى أن كوريا الجنوبية تتابع هذه الاتصالات بقلق، داعين مجلس الأمن الدولي إلى التحقق من مدى التزام الطرفين بالقرارات التي تحظر نقل الأسلحة والتقنيات ذات الاستخدام المزدوج.",
        "ومن المتوقع أن يصدر بيان مشترك في ختام الزيارة يحدد جدولاً زمنياً لتنفيذ الاتفاقات، وفق ما نقلته وكالة الأنباء الروسية عن مصدر مطلع على التحضيرات.",
    ];

    public const string Title = "وفد كوري شمالي يزور موسكو لبحث التعاون الاقتصادي";

    public static string Body => string.Concat(Paragraphs.Select(p => $"<p>{p}</p>\n"));

    public static string WordPress => $$"""
        <!DOCTYPE html>
        <html lang="en-US" dir="rtl"><head><meta charset="UTF-8">
        <title>{{Title}} &#8211; صحيفة المشرق</title>
        <meta property="og:site_name" content="صحيفة المشرق">
        <link rel="canonical" href="https://almashriq.example/2024/03/05/north-korea-delegation/">
        </head><body class="single single-post">
        <header id="masthead"><nav class="main-navigation"><ul><li><a href="/">الرئيسية</a></li><li><a href="/world">العالم</a></li></ul></nav></header>
        <main id="main"><article class="post type-post">
        <header class="entry-header"><h1 class="entry-title">{{Title}}</h1>
        <span class="posted-on"><time class="entry-date published" datetime="2024-03-05T10:15:00+03:00">5 مارس 2024</time></span>
        <span class="byline"><span class="author vcard"><a class="url fn n" rel="author" href="/author/sara">سارة العلي</a></span></span></header>
        <div class="entry-content">
        {{Body}}
        <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">شارك هذا المقال:</h3><ul><li><a href="https://facebook.com/share">فيسبوك</a></li><li><a href="https://x.com/share">إكس</a></li></ul></div>
        </div>
        <footer class="entry-footer"><span class="tags-links">كلمات دلالية: <a href="/tag/russia">روسيا</a> <a href="/tag/dprk">كوريا الشمالية</a></span></footer>
        </article>
        <section class="related-posts"><h2>اقرأ أيضاً</h2><ul><li><a href="/a">زيارة سابقة إلى بيونغ يانغ</a></li><li><a href="/b">العقوبات الغربية على روسيا</a></li></ul></section>
        </main>
        <aside id="secondary" class="widget-area"><section class="widget"><h2>الأكثر قراءة</h2><ul><li><a href="/c">خبر آخر</a></li><li><a href="/d">خبر ثالث</a></li></ul></section></aside>
        <footer id="colophon"><p>جميع الحقوق محفوظة © 2024 صحيفة المشرق</p></footer>
        </body></html>
        """;

    public static string JsonLdNews => $$"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{{Title}} | أخبار الشرق</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"أخبار الشرق","url":"https://akhbar.example/"},
          {"@type":"NewsArticle","headline":"{{Title}}","datePublished":"2023-09-13T08:30:00+03:00","dateModified":"2023-09-13T12:00:00+03:00",
           "author":[{"@type":"Person","name":"أحمد منصور"}],"publisher":{"@type":"Organization","name":"أخبار الشرق"},
           "image":{"@type":"ImageObject","url":"https://akhbar.example/img/lead.jpg"} } ] }
        </script>
        <meta property="og:url" content="https://akhbar.example/news/12345">
        </head><body>
        <div class="top-bar"><a href="/">أخبار الشرق</a> | <a href="/politics">سياسة</a></div>
        <div class="article-page"><h1>{{Title}}</h1>
        <div class="article-body">
        <figure><img src="/img/lead.jpg" alt=""><figcaption>صورة أرشيفية للقاء سابق بين الزعيمين</figcaption></figure>
        {{Body}}
        <div class="newsletter-box"><p>اشترك في النشرة البريدية لتصلك آخر الأخبار يومياً</p></div>
        </div>
        <div class="article-tags"><a href="/t/1">روسيا</a><a href="/t/2">كوريا الشمالية</a></div>
        </div>
        <div id="comments" class="comments-area"><p>تعليق: هذا تعليق من قارئ لا ينتمي إلى نص الخبر أبداً ولا يجب أن يظهر في النص المستخرج من الصفحة.</p></div>
        </body></html>
        """;

    public static string Amp => $$"""
        <!doctype html>
        <html ⚡ lang="ar" dir="rtl"><head><meta charset="utf-8">
        <title>{{Title}}</title>
        <link rel="canonical" href="https://www.sharq.example/world/2024/01/20/dprk-russia">
        <meta name="author" content="فريق التحرير">
        <meta property="article:published_time" content="2024-01-20T06:00:00Z">
        <script async src="https://cdn.ampproject.org/v0.js"></script>
        <style amp-custom>body{font-family:sans-serif}</style>
        </head><body>
        <amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></amp-sidebar>
        <header class="amp-header"><a href="/">الشرق</a></header>
        <article class="amp-article"><h1 class="amp-title">{{Title}}</h1>
        <amp-img src="/lead.jpg" width="800" height="450" layout="responsive"></amp-img>
        <div class="amp-article-content">{{Body}}</div>
        <amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share>
        <amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/ar"></amp-ad>
        </article>
        <footer class="amp-footer"><p>الشرق © 2024</p></footer>
        </body></html>
        """;

    /// <summary>A page in windows-1256 that declares no charset anywhere.</summary>
    public static byte[] Windows1256WithoutCharset => NewsPortal.Scraping.CharsetDetector.Windows1256.GetBytes($$"""
        <html><head><title>{{Title}}</title></head><body>
        <div class="menu"><a href="/">الرئيسية</a></div>
        <div class="story"><h1>{{Title}}</h1>{{Body}}</div>
        </body></html>
        """);

    public static string NoArticle => """
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>الصفحة الرئيسية</title></head><body>
        <nav><ul><li><a href="/a">سياسة</a></li><li><a href="/b">اقتصاد</a></li><li><a href="/c">رياضة</a></li></ul></nav>
        <div class="grid"><a href="/n/1">خبر أول</a><a href="/n/2">خبر ثان</a><a href="/n/3">خبر ثالث</a></div>
        <footer>© 2024</footer></body></html>
        """;

    public static string Hostile => $$"""
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{{Title}}</title>
        <script>document.write('<p>INJECTED-SCRIPT-TEXT</p>'); alert('x')</script>
        <style>p { color: red } /* STYLE-TEXT */</style></head>
        <body onload="steal()">
        <article>
        <h1 onmouseover="evil()">{{Title}}</h1>
        <p onclick="steal(document.cookie)" data-x="{{new string('A', 200_000)}}">{{Paragraphs[0]}} <a href="javascript:alert('LINK-PAYLOAD')">رابط</a></p>
        <p>{{Paragraphs[1]}}<img src="x" onerror="alert('IMG-PAYLOAD')"></p>
        <svg><script>alert('SVG-SCRIPT')</script><text>SVG-TEXT</text></svg>
        <iframe src="javascript:alert('IFRAME')">IFRAME-TEXT</iframe>
        <noscript><p>NOSCRIPT-TEXT</p></noscript>
        <template><p>TEMPLATE-TEXT</p></template>
        <!-- COMMENT-TEXT -->
        <p>{{Paragraphs[2]}}</p>
        <p>{{Paragraphs[3]}}</p>
        <p>{{Paragraphs[4]}}</p>
        <form action="/x"><input value="FORM-VALUE"><button onclick="x()">BUTTON-TEXT</button></form>
        </article></body></html>
        """;

    public static readonly string[] HostileMarkers =
    [
        "INJECTED-SCRIPT-TEXT", "alert", "STYLE-TEXT", "steal", "evil", "javascript:", "LINK-PAYLOAD", "IMG-PAYLOAD",
        "SVG-SCRIPT", "SVG-TEXT", "IFRAME", "NOSCRIPT-TEXT", "TEMPLATE-TEXT", "COMMENT-TEXT", "FORM-VALUE", "BUTTON-TEXT",
        "AAAAAAAAAA", "<", ">", "onclick", "onerror",
    ];
}
