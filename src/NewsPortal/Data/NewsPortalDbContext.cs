using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Model;

namespace NewsPortal.Data;

/// <summary>
/// The portal's database: articles and their tags, actors, ingestion runs, and the admin side
/// (Identity users, audit entries, data-protection keys shared by every app instance).
/// </summary>
public class NewsPortalDbContext(DbContextOptions<NewsPortalDbContext> options)
    : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<ActorRole> ActorRoles => Set<ActorRole>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventParticipant> EventParticipants => Set<EventParticipant>();
    public DbSet<ActorTimelineEntry> ActorTimeline => Set<ActorTimelineEntry>();
    public DbSet<EventMention> EventMentions => Set<EventMention>();
    public DbSet<DateMention> DateMentions => Set<DateMention>();
    public DbSet<EventDecision> EventDecisions => Set<EventDecision>();
    public DbSet<IngestionRun> IngestionRuns => Set<IngestionRun>();
    public DbSet<IngestionItem> IngestionItems => Set<IngestionItem>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NewsPortalDbContext).Assembly);
    }
}
