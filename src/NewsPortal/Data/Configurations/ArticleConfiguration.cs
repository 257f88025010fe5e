using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Model;

namespace NewsPortal.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Title).HasMaxLength(1000);
        article.Property(a => a.Url).HasMaxLength(2048);
        article.Property(a => a.CanonicalUrl).HasMaxLength(2048);
        article.Property(a => a.Publisher).HasMaxLength(300);
        article.Property(a => a.Author).HasMaxLength(300);
        article.Property(a => a.Language).HasMaxLength(16);
        article.Property(a => a.RelevanceReason).HasMaxLength(500);
        article.Property(a => a.OnTopic).HasDefaultValue(true).HasSentinel(true);
        article.Property(a => a.ContentHash).HasMaxLength(64);
        article.Property(a => a.RawContentType).HasMaxLength(200);

        // Idempotent ingestion: one article per canonical URL, or per body hash when there is no URL.
        article.HasIndex(a => a.CanonicalUrl).IsUnique().HasFilter("canonical_url IS NOT NULL");
        article.HasIndex(a => a.ContentHash).IsUnique().HasFilter("canonical_url IS NULL");

        article.HasIndex(a => a.PublishedOn);
        // An actor's articles come from mentions as ids; their dates (month counts, newest first)
        // are then read from this index alone instead of from ~1.5 KB article rows.
        article.HasIndex(a => a.Id).IncludeProperties(a => new { a.PublishedOn, a.FetchedAtUtc }).HasDatabaseName("ix_articles_id_dates");
        article.HasIndex(a => a.CopyOfArticleId);
        article.HasOne<Article>().WithMany().HasForeignKey(a => a.CopyOfArticleId).OnDelete(DeleteBehavior.SetNull);
        article.HasOne(a => a.Source).WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.SetNull);

        // Full text over the normalized text, with PostgreSQL's Arabic stemmer.
        article.HasGeneratedTsVectorColumn(a => a.SearchVector!, "arabic", a => new { a.SearchText })
            .HasIndex(a => a.SearchVector)
            .HasMethod("GIN");
    }
}
