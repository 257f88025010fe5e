using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Model;

namespace NewsPortal.Data.Configurations;

internal sealed class EventConfiguration :
    IEntityTypeConfiguration<Event>, IEntityTypeConfiguration<EventParticipant>, IEntityTypeConfiguration<EventMention>,
    IEntityTypeConfiguration<DateMention>, IEntityTypeConfiguration<EventDecision>, IEntityTypeConfiguration<ActorTimelineEntry>
{
    public void Configure(EntityTypeBuilder<Event> ev)
    {
        ev.Property(e => e.Type).HasMaxLength(40);
        ev.Property(e => e.Cameo).HasMaxLength(8);
        ev.Property(e => e.Summary).HasMaxLength(2000);
        // Timeline by date.
        ev.HasIndex(e => new { e.DateStart, e.Id });
        ev.HasIndex(e => e.Type);
        ev.HasOne(e => e.Location).WithMany().HasForeignKey(e => e.LocationActorId).OnDelete(DeleteBehavior.SetNull);
        ev.HasMany(e => e.Participants).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        ev.HasMany(e => e.Mentions).WithOne(m => m.Event).HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<EventParticipant> participant)
    {
        participant.HasKey(p => new { p.EventId, p.ActorId, p.Role });
        // An actor's events straight from the index (timeline filtered by actor, actor pages).
        participant.HasIndex(p => new { p.ActorId, p.EventId });
        participant.HasOne(p => p.Actor).WithMany().HasForeignKey(p => p.ActorId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ActorTimelineEntry> entry)
    {
        entry.ToTable("actor_timeline");
        entry.HasKey(t => new { t.EventId, t.ActorId });
        entry.Property(t => t.Type).HasMaxLength(40);
        // An actor's events newest first, filtered by type, status and dates inside the index.
        entry.HasIndex(t => new { t.ActorId, t.DateStart, t.EventId }).IncludeProperties(t => new { t.Type, t.Status, t.Review, t.DateEnd, t.Scope, t.DateBasis });
        entry.HasOne<Event>().WithMany().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        entry.HasOne<Actor>().WithMany().HasForeignKey(t => t.ActorId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<EventMention> mention)
    {
        mention.Property(m => m.Attribution).HasMaxLength(500);
        mention.HasIndex(m => m.ArticleId);
        mention.HasIndex(m => m.EventId);
        mention.HasIndex(m => m.Fingerprint);
        mention.Property(m => m.Fingerprint).HasMaxLength(64);
        mention.Property(m => m.Trigger).HasMaxLength(100);
        mention.HasOne(m => m.Article).WithMany().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DateMention> date)
    {
        date.HasIndex(d => d.ArticleId);
        date.HasOne(d => d.Article).WithMany().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<EventDecision> decision)
    {
        decision.Property(d => d.Fingerprint).HasMaxLength(64);
        decision.Property(d => d.Type).HasMaxLength(40);
        decision.Property(d => d.Cameo).HasMaxLength(8);
        decision.Property(d => d.DecidedBy).HasMaxLength(200);
        decision.HasIndex(d => d.Fingerprint).IsUnique();
        decision.Property(d => d.JoinFingerprint).HasMaxLength(64);
    }
}
