using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Analysis.Actors;
using NewsPortal.Model;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Actors;

public class ActorCatalogTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Syncing_the_lexicon_twice_adds_every_actor_once_with_verified_wikidata_ids()
    {
        var lexicon = Gazetteer.ReadEmbedded();
        await using (var db = database.CreateContext())
        {
            await new ActorCatalog(db).SyncFromLexiconAsync(lexicon);
        }
        await using (var db = database.CreateContext())
        {
            var secondRun = await new ActorCatalog(db).SyncFromLexiconAsync(lexicon);
            Assert.Equal(0, secondRun);
        }

        await using var check = database.CreateContext();
        Assert.Equal(lexicon.Count, await check.Actors.CountAsync());
        var putin = await check.Actors.SingleAsync(a => a.NameEn == "Vladimir Putin");
        Assert.Equal("Q7747", putin.WikidataId);
        Assert.Equal("Q7747", putin.PublicId);
    }

    [Fact]
    public async Task An_alias_added_by_an_admin_reaches_the_gazetteer_and_survives_a_resync()
    {
        var lexicon = Gazetteer.ReadEmbedded();
        await using (var db = database.CreateContext())
        {
            await new ActorCatalog(db).SyncFromLexiconAsync(lexicon);
            var putin = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.WikidataId == "Q7747");
            putin.Aliases.Add(new ActorAlias { Text = "القيصر", Key = "القيصر", Kind = AliasKind.Name, AddedByAdmin = true });
            await db.SaveChangesAsync();
        }
        await using (var db = database.CreateContext())
        {
            await new ActorCatalog(db).SyncFromLexiconAsync(lexicon);
        }

        await using var check = database.CreateContext();
        var gazetteer = await new ActorCatalog(check).LoadGazetteerAsync();

        Assert.Contains(gazetteer.Resolve("القيصر"), e => e.WikidataId == "Q7747");
        Assert.Contains(gazetteer.Resolve("بوتين"), e => e.WikidataId == "Q7747");
    }
}
