using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Model;

namespace NewsPortal.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.User).HasMaxLength(200);
        entry.Property(e => e.Action).HasMaxLength(100);
        entry.Property(e => e.Target).HasMaxLength(300);
        entry.Property(e => e.Details).HasMaxLength(4000);
        entry.HasIndex(e => e.AtUtc);
    }
}
