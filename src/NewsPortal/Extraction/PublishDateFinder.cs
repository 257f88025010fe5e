using NewsPortal.Model;

namespace NewsPortal.Extraction;

/// <summary>An article's publish day, where it was read, and the words it was read from.</summary>
public sealed record PublishDate(DateOnly Day, PublishDateSource Source, string Evidence);

/// <summary>
/// Chooses the publish date of a page saved as text among the dates it states, from the most to
/// the least explicit: a labelled line, "اليوم الخميس 28 مارس 2024" in the opening sentences, a
/// bare date line under the headline, a dateline, the URL, and last an "updated" line (a bare date
/// above the headline is a masthead and never taken). A date that cannot
/// be right (no such day, a weekday that contradicts it, the future, before the web) is refused
/// with its reason and the next is tried.
/// </summary>
public static class PublishDateFinder
{
    private const int OpeningLength = 600;
    private const int EvidenceLength = 80;

    public enum Rank
    {
        Labelled,
        Today,
        Line,
        Dateline,
        Url,

        /// <summary>"أمس الأربعاء 27 مارس 2024" in the opening sentences: the news day is the day after.</summary>
        Yesterday,

        /// <summary>A weekday and full date in the lead's first sentence: the news day, when nothing more explicit is stated.</summary>
        Lead,
        /// <summary>An embedded post's date: taken only when it falls on the weekday "اليوم" names in the opening.</summary>
        Embed,
        Updated,

        /// <summary>Never taken: a masthead shows the day the page was saved.</summary>
        Masthead,
    }

    /// <summary>A date a page states; <paramref name="DaysAfter"/> moves it to the news day ("أمس": 1).</summary>
    public sealed record Candidate(Rank Rank, StatedDate? Date, PublishDateSource Source, string Evidence, DateOnly? Day = null, int DaysAfter = 0);

    /// <summary>
    /// The publish date of a text page: <paramref name="header"/> holds the date lines read above the
    /// body; the opening of <paramref name="body"/> and <paramref name="url"/> add theirs.
    /// </summary>
    public static PublishDate? FromText(IReadOnlyList<Candidate> header, IReadOnlyList<string> body, string? url,
        DateTimeOffset? fetchedAt, string wholeText, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(warnings);
        var candidates = new List<Candidate>(header);
        var opening = StatedDates.Normalize(string.Join(' ', body.Take(2)));
        opening = opening.Length > OpeningLength ? opening[..OpeningLength] : opening;
        if (DateLines.Today(opening) is var (today, daysAfter))
        {
            candidates.Add(new Candidate(daysAfter == 0 ? Rank.Today : Rank.Yesterday, today, PublishDateSource.TextLine,
                Snippet(opening, today), DaysAfter: daysAfter));
        }
        if (body.Count > 0 && DateLines.Dateline(StatedDates.Normalize(body[0])) is { } dateline)
        {
            candidates.Add(new Candidate(Rank.Dateline, dateline, PublishDateSource.Dateline, Snippet(StatedDates.Normalize(body[0]), dateline)));
        }
        if (body.Count > 0 && DateLines.Lead(StatedDates.Normalize(body[0]), StatedDates.YearsMentioned(StatedDates.Normalize(wholeText))) is { } lead)
        {
            candidates.Add(new Candidate(Rank.Lead, lead, PublishDateSource.TextLine, Snippet(StatedDates.Normalize(body[0]), lead)));
        }
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && UrlDay(uri) is { } fromUrl)
        {
            candidates.Add(new Candidate(Rank.Url, null, PublishDateSource.Url, uri.AbsoluteUri, fromUrl));
        }
        var years = CandidateYears(StatedDates.Normalize(wholeText), fetchedAt);
        var latest = DateOnly.FromDateTime((fetchedAt ?? DateTimeOffset.UtcNow).UtcDateTime.AddDays(1));
        // A tweet quoted in the story is dated on its own; it is the news day only when the text says today is that weekday.
        var todayIs = DateLines.TodayWeekday(opening);
        candidates.RemoveAll(c => c.Rank == Rank.Embed && (todayIs is null || c.Date?.Resolve(years, latest).Day?.DayOfWeek != todayIs));
        return Choose(candidates, years, latest, warnings);
    }

    /// <summary>The first candidate, by rank then text order, whose date stands; the others' faults go to <paramref name="warnings"/>.</summary>
    public static PublishDate? Choose(IEnumerable<Candidate> candidates, IReadOnlyCollection<int> years, DateOnly latest, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        foreach (var c in candidates.OrderBy(c => c.Rank))
        {
            if (c.Rank == Rank.Masthead)
            {
                warnings.Add($"Date above the headline \"{c.Evidence}\" not taken: a masthead shows the day the page was saved.");
                continue;
            }
            if (c.Day is { } given)
            {
                if (given <= latest && given.Year >= StatedDates.FirstYear)
                {
                    return new PublishDate(given, c.Source, c.Evidence);
                }
                warnings.Add($"Publish date {given:yyyy-MM-dd} from \"{c.Evidence}\" refused: not a plausible publish day.");
                continue;
            }
            var (day, inferred, problem) = c.Date!.Resolve(years, latest.AddDays(-c.DaysAfter));
            if (day?.AddDays(c.DaysAfter) is { } d)
            {
                return new PublishDate(d, inferred ? PublishDateSource.InferredFromWeekday : c.Source, c.Evidence);
            }
            warnings.Add($"Publish date \"{c.Evidence}\" refused: {problem}.");
        }
        warnings.Add("No publish date found.");
        return null;
    }

    /// <summary>Years a yearless date may fall in: each year the text names and the next, and the fetch year and the one before.</summary>
    public static IReadOnlyCollection<int> CandidateYears(string normalizedText, DateTimeOffset? fetchedAt)
    {
        var years = new HashSet<int>();
        foreach (var y in StatedDates.YearsMentioned(normalizedText))
        {
            years.Add(y);
            years.Add(y + 1);
        }
        if (fetchedAt is { } f)
        {
            years.Add(f.Year);
            years.Add(f.Year - 1);
        }
        return years;
    }

    /// <summary>A yyyy/mm/dd, yyyy-mm-dd or yyyymmdd day in a URL's path.</summary>
    public static DateOnly? UrlDay(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Html.PublishDateSources.UrlDate(Uri.UnescapeDataString(url.AbsolutePath)) is { } iso
            && DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    private static string Snippet(string normalized, StatedDate date)
    {
        var start = Math.Max(0, date.Start - 20);
        var end = Math.Min(normalized.Length, Math.Max(date.End, start + EvidenceLength / 2));
        return normalized[start..end].Trim();
    }
}
