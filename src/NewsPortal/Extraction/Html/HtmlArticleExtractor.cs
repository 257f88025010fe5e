using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsPortal.Model;
using NewsPortal.Scraping;
using SmartReader;

namespace NewsPortal.Extraction.Html;

/// <summary>
/// Reads an article out of an HTML page: metadata and dates from the head and JSON-LD, the body
/// from a publisher profile's selector or else SmartReader's readability scoring, then cleaned of
/// DOM furniture and furniture paragraphs. Never throws for bad markup: a page with no article
/// gives an empty body.
/// </summary>
public sealed class HtmlArticleExtractor(
    PublisherProfiles profiles,
    PublishDateSources dateSources,
    Boilerplate? boilerplate)
{
    private static readonly Uri NoUrl = new("http://localhost/");

    public HtmlArticleExtractor()
        : this(PublisherProfiles.Load(), new PublishDateSources(), Boilerplate.Default)
    {
    }

    public ExtractedArticle Extract(string html, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        var jsonLd = JsonLd.Read(document);
        var metadata = PageMetadata.Read(document, jsonLd, url);
        var profile = profiles.For(url);
        var (published, modified) = FindDates(document, jsonLd, url, profile);

        var raw = Body(parser, document, url, profile);
        var paragraphs = boilerplate is null ? [.. raw] : Clean(raw, boilerplate);
        DropLeadingMetadata(paragraphs);
        if (metadata.Title is not null)
        {
            // The headline repeated at the top of the body (often with other quotes or spacing).
            var title = Words(metadata.Title);
            var repeat = paragraphs.Take(6).ToList().FindIndex(p => Words(p) == title);
            if (repeat >= 0)
            {
                paragraphs.RemoveAt(repeat);
            }
        }
        var body = ArticleText.Join(paragraphs);
        var (language, direction) = LanguageGuess.Detect(body.Length > 0 ? body : metadata.Title ?? "", metadata.DeclaredLanguage);

        return new ExtractedArticle
        {
            Url = url,
            CanonicalUrl = metadata.CanonicalUrl,
            Title = metadata.Title,
            Published = published?.Value,
            PublishedSource = published?.Source,
            PublishedFrom = published?.From ?? PublishDateSource.Unknown,
            Modified = modified?.Value,
            Author = metadata.Author,
            Publisher = metadata.Publisher,
            Language = language,
            Direction = direction,
            LeadImage = metadata.LeadImage,
            Body = body,
            Paragraphs = paragraphs,
        };
    }

    private (DateFinding? Published, DateFinding? Modified) FindDates(
        IDocument document, JsonLd jsonLd, Uri? url, PublisherProfile? profile)
    {
        var found = dateSources.Find(document, jsonLd, url);
        if (profile?.DateSelector is { } selector
            && SafeQuery(document, selector) is { } dateline
            && DateValue.TryParse(dateline.GetAttribute("datetime") ?? dateline.TextContent, out var value))
        {
            found.Published = new DateFinding(value, "profile", PublishDateSource.PageMetadata);
        }
        return found;
    }

    private static IReadOnlyList<string> Body(HtmlParser parser, IDocument document, Uri? url, PublisherProfile? profile)
    {
        var drop = profile?.DropSelectors ?? [];
        if (profile?.BodySelector is { } bodySelector && SafeQuery(document, bodySelector) is { } profiled)
        {
            DomFurniture.Remove(profiled, drop);
            return ArticleText.Paragraphs(profiled);
        }
        foreach (var selector in drop)
        {
            foreach (var element in SafeQueryAll(document, selector))
            {
                element.Remove();
            }
        }
        var content = Readability(document, url);
        if (content is null)
        {
            return [];
        }
        var fragment = parser.ParseDocument("<html><body>" + content + "</body></html>");
        var root = fragment.Body!;
        DomFurniture.Remove(root);
        return IsMostlyLinks(root) ? [] : ArticleText.Paragraphs(root);
    }

    private static string? Readability(IDocument document, Uri? url)
    {
        try
        {
            using var reader = new Reader((url ?? NoUrl).AbsoluteUri, (AngleSharp.Html.Dom.IHtmlDocument)document)
            {
                Debug = false,
                Logging = ReportLevel.Issue,
                ContinueIfNotReadable = true,
                // Classes stay so the furniture rules can still see "share", "related", "newsletter".
                KeepClasses = true,
            };
            var article = reader.GetArticle();
            return string.IsNullOrWhiteSpace(article.Content) ? null : article.Content;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The scorer failing on odd markup leaves the page without a body, not the caller with an exception.
            return null;
        }
    }

    /// <summary>
    /// The shared furniture phrases, read with the DOM's paragraphing: an end-of-article heading
    /// standing alone ("اقرأ أيضاً", "Related articles") ends the body; the same phrase leading a
    /// longer paragraph is an inline promo ("Read more: headline") and only that paragraph goes.
    /// </summary>
    private static List<string> Clean(IReadOnlyList<string> paragraphs, Boilerplate boilerplate)
    {
        const int HeadingLength = 40;
        var kept = new List<string>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var line = paragraphs[i];
            if (boilerplate.EndOfRelatedBlock(paragraphs, i) is var after and >= 0)
            {
                i = after - 1;
                continue;
            }
            if (boilerplate.EndsArticle(line))
            {
                if (line.Length <= HeadingLength && kept.Count > 0)
                {
                    break;
                }
                continue;
            }
            if (boilerplate.IsCaptionLabel(line))
            {
                i++;
                continue;
            }
            if (!boilerplate.IsFurniture(line))
            {
                kept.Add(line);
            }
        }
        return kept;
    }

    /// <summary>
    /// Before the first real paragraph, pages leave labels (section name, "copy link", read time)
    /// and a dateline ("تم نشره الجمعة 24 نيسان 2020"): short lines without a sentence's end.
    /// </summary>
    private static void DropLeadingMetadata(List<string> paragraphs)
    {
        const int MaxLabel = 30;
        const int MaxDateline = 90;
        var drop = 0;
        while (drop < Math.Min(4, paragraphs.Count - 1))
        {
            var p = paragraphs[drop];
            var isLabel = p.Length <= MaxLabel && !EndsSentence(p);
            var isDateline = p.Length <= MaxDateline && !EndsSentence(p) && PublishDateSources.ArabicDateline(p) is not null;
            if (!isLabel && !isDateline)
            {
                break;
            }
            drop++;
        }
        paragraphs.RemoveRange(0, drop);
    }

    private static bool EndsSentence(string text) => text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith('؟')
        || text.TrimEnd().EndsWith('!') || text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('"') || text.TrimEnd().EndsWith('»');

    /// <summary>A "body" that is mostly link text is a list of teasers, not an article.</summary>
    private static bool IsMostlyLinks(IElement root)
    {
        var text = root.TextContent.Trim().Length;
        var linked = root.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return text == 0 || linked > 0.6 * text;
    }

    private static string Words(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]).ToLowerInvariant())
            .Where(w => w.Length > 0));

    private static IElement? SafeQuery(IDocument document, string selector) => SafeQueryAll(document, selector).FirstOrDefault();

    private static List<IElement> SafeQueryAll(IDocument document, string selector)
    {
        try
        {
            return document.QuerySelectorAll(selector).ToList();
        }
        catch (DomException)
        {
            return [];
        }
    }
}
