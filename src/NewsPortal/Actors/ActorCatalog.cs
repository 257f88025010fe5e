using Microsoft.EntityFrameworkCore;
using NewsPortal.Analysis.Actors;
using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Text;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Actors;

/// <summary>
/// Keeps the actors table in step with the lexicon shipped with the engine, and builds the engine's
/// gazetteer from the table, so admin edits (aliases, merges, accepted candidates) reach tagging.
/// </summary>
public sealed class ActorCatalog(NewsPortalDbContext db)
{
    /// <summary>Adds new lexicon actors and spellings; keeps what admins added or changed.</summary>
    public async Task<int> SyncFromLexiconAsync(IReadOnlyList<ActorEntry> lexicon, CancellationToken cancellationToken = default)
    {
        var existing = await db.Actors.Include(a => a.Aliases).Include(a => a.Roles).AsSplitQuery()
            .ToDictionaryAsync(a => a.Key, StringComparer.Ordinal, cancellationToken);
        var changes = 0;
        foreach (var entry in lexicon)
        {
            if (!existing.TryGetValue(entry.Id, out var actor))
            {
                actor = new Actor { Key = entry.Id, Kind = entry.Kind, NameEn = entry.Name, NameAr = entry.NamesAr.Count > 0 ? entry.NamesAr[0] : entry.Name };
                db.Actors.Add(actor);
                existing[entry.Id] = actor;
                changes++;
            }
            actor.WikidataId = entry.WikidataId;
            actor.CountryKey = entry.Country;
            if (actor.Roles.Count == 0)
            {
                actor.Roles.AddRange(entry.Roles.Select(r => new Model.ActorRole { Title = r.Title, OrganizationKey = r.Affiliation, From = IsoDates.Day(r.From), To = IsoDates.Day(r.To, end: true) }));
            }
            foreach (var (text, kind) in AliasesOf(entry))
            {
                var key = ArabicNormalizer.Normalize(text);
                if (key.Length > 0 && !actor.Aliases.Any(a => a.Key == key))
                {
                    actor.Aliases.Add(new ActorAlias { Text = text, Key = key, Kind = kind });
                    changes++;
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return changes;
    }

    /// <summary>The gazetteer of accepted, unmerged actors as the database holds them now.</summary>
    public async Task<Gazetteer> LoadGazetteerAsync(CancellationToken cancellationToken = default)
    {
        var actors = await db.Actors.AsNoTracking()
            .Where(a => a.Status == ActorStatus.Accepted && a.MergedIntoActorId == null)
            .Include(a => a.Aliases.Where(l => !l.Suppressed)).Include(a => a.Roles)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return Gazetteer.Build(actors.Select(ToEntry));
    }

    public static ActorEntry ToEntry(Actor actor)
    {
        string[] Of(AliasKind kind) => [.. actor.Aliases.Where(a => a.Kind == kind).Select(a => a.Text)];
        return new ActorEntry
        {
            Id = actor.Key,
            WikidataId = actor.WikidataId,
            Kind = actor.Kind,
            Name = actor.NameEn,
            // Only live aliases: the display name is not a spelling of its own, so suppressing it stops tagging.
            NamesAr = Of(AliasKind.Name),
            NamesEn = Of(AliasKind.English),
            ShortNamesAr = Of(AliasKind.ShortName),
            Metonyms = Of(AliasKind.Metonym),
            Nisba = Of(AliasKind.Nisba),
            NisbaForms = Of(AliasKind.NisbaForm),
            Country = actor.CountryKey,
            Roles = [.. actor.Roles.Select(r => new Analysis.Actors.ActorRole(r.Title, r.From?.ToString("yyyy-MM-dd"), r.To?.ToString("yyyy-MM-dd"), Affiliation: r.OrganizationKey))],
        };
    }

    private static IEnumerable<(string Text, AliasKind Kind)> AliasesOf(ActorEntry entry) =>
        entry.NamesAr.Select(n => (n, AliasKind.Name))
            .Concat(entry.NamesEn.Prepend(entry.Name).Select(n => (n, AliasKind.English)))
            .Concat(entry.ShortNamesAr.Select(n => (n, AliasKind.ShortName)))
            .Concat(entry.Metonyms.Select(n => (n, AliasKind.Metonym)))
            .Concat(entry.Nisba.Select(n => (n, AliasKind.Nisba)))
            .Concat(entry.NisbaForms.Select(n => (n, AliasKind.NisbaForm)));
}
