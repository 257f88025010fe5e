namespace NewsPortal.Model;

/// <summary>Where an article's publish date came from, so readers can weigh it.</summary>
public enum PublishDateSource
{
    Unknown = 0,
    PageMetadata = 1,
    Dateline = 2,
    Admin = 3,
    TextLine = 4,
    Url = 5,
    InferredFromWeekday = 6,
}
