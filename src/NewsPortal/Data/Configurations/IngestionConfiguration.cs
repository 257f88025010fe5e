using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Model;

namespace NewsPortal.Data.Configurations;

internal sealed class IngestionConfiguration : IEntityTypeConfiguration<IngestionRun>, IEntityTypeConfiguration<IngestionItem>
{
    public void Configure(EntityTypeBuilder<IngestionRun> run)
    {
        run.Property(r => r.RequestedBy).HasMaxLength(200);
        run.HasIndex(r => r.State);
        run.HasMany(r => r.Items).WithOne(i => i.Run).HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Cascade);
        run.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<IngestionItem> item)
    {
        item.Property(i => i.Url).HasMaxLength(2048);
        item.Property(i => i.FilePath).HasMaxLength(2048);
        item.Property(i => i.LeasedBy).HasMaxLength(200);
        // One item per page, file or stored article in a run (INSERT … ON CONFLICT names these).
        item.HasIndex(i => new { i.RunId, i.Url }).IsUnique().HasFilter("url IS NOT NULL");
        item.HasIndex(i => new { i.RunId, i.FilePath }).IsUnique().HasFilter("file_path IS NOT NULL");
        item.HasIndex(i => new { i.RunId, i.ArticleId }).IsUnique()
            .HasFilter($"kind IN ({(int)ItemKind.Reextract}, {(int)ItemKind.Retag}, {(int)ItemKind.Relink})");
        // Workers claim pending items in order.
        item.HasIndex(i => new { i.State, i.NextAttemptAtUtc });
    }
}
