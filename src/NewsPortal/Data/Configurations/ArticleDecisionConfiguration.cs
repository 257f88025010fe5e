using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Model;

namespace NewsPortal.Data.Configurations;

internal sealed class ArticleDecisionConfiguration : IEntityTypeConfiguration<ArticleDecision>
{
    public void Configure(EntityTypeBuilder<ArticleDecision> decision)
    {
        decision.Property(d => d.Title).HasMaxLength(1000);
        decision.Property(d => d.Publisher).HasMaxLength(300);
        decision.Property(d => d.Url).HasMaxLength(2048);
        decision.Property(d => d.DecidedBy).HasMaxLength(200);
        // One decision an article, gone with the article.
        decision.HasIndex(d => d.ArticleId).IsUnique();
        decision.HasOne<Article>().WithMany().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
