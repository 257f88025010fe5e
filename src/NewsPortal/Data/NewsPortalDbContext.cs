using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Articles;
using NewsPortal.Events;
using NewsPortal.Ingestion;

namespace NewsPortal.Data;

public class NewsPortalDbContext(DbContextOptions<NewsPortalDbContext> options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<ActorRole> ActorRoles => Set<ActorRole>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventParticipant> EventParticipants => Set<EventParticipant>();
    public DbSet<EventMention> EventMentions => Set<EventMention>();
    public DbSet<DateMention> DateMentions => Set<DateMention>();
    public DbSet<IngestionRun> IngestionRuns => Set<IngestionRun>();
    public DbSet<IngestionItem> IngestionItems => Set<IngestionItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsPortalDbContext).Assembly);
    }
}
