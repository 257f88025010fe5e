using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Model;

namespace NewsPortal.Data.Configurations;

internal sealed class ActorConfiguration :
    IEntityTypeConfiguration<Actor>, IEntityTypeConfiguration<ActorAlias>, IEntityTypeConfiguration<ActorRole>, IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Actor> actor)
    {
        actor.Property(a => a.Key).HasMaxLength(200);
        actor.Property(a => a.WikidataId).HasMaxLength(20);
        actor.Property(a => a.Kind).HasMaxLength(40);
        actor.Property(a => a.NameEn).HasMaxLength(300);
        actor.Property(a => a.NameAr).HasMaxLength(300);
        actor.Property(a => a.CountryKey).HasMaxLength(200);
        actor.HasIndex(a => a.Key).IsUnique();
        actor.HasIndex(a => a.WikidataId).IsUnique().HasFilter("wikidata_id IS NOT NULL");
        actor.HasMany(a => a.Aliases).WithOne().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
        actor.HasMany(a => a.Roles).WithOne().HasForeignKey(r => r.ActorId).OnDelete(DeleteBehavior.Cascade);
        actor.HasOne<Actor>().WithMany().HasForeignKey(a => a.MergedIntoActorId).OnDelete(DeleteBehavior.SetNull);
        actor.Ignore(a => a.PublicId);
    }

    public void Configure(EntityTypeBuilder<ActorAlias> alias)
    {
        alias.Property(a => a.Text).HasMaxLength(300);
        alias.Property(a => a.Key).HasMaxLength(300);
        alias.HasIndex(a => new { a.ActorId, a.Key }).IsUnique();
        // Autocomplete and search look aliases up by key prefix.
        alias.HasIndex(a => a.Key).HasOperators("text_pattern_ops");
    }

    public void Configure(EntityTypeBuilder<ActorRole> role)
    {
        role.Property(r => r.Title).HasMaxLength(300);
        role.Property(r => r.OrganizationKey).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<Mention> mention)
    {
        // Articles by actor.
        mention.HasIndex(m => new { m.ActorId, m.ArticleId });
        // Actors by article (co-mentions, tags of a page) without reading the mention rows.
        mention.HasIndex(m => new { m.ArticleId, m.ActorId });
        mention.HasOne(m => m.Article).WithMany().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        mention.HasOne(m => m.Actor).WithMany().HasForeignKey(m => m.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
