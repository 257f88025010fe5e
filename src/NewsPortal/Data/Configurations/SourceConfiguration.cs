using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Model;

namespace NewsPortal.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> source)
    {
        source.Property(s => s.Name).HasMaxLength(200);
        source.Property(s => s.Location).HasMaxLength(2048);
        source.HasIndex(s => new { s.Kind, s.Location }).IsUnique();
    }
}
