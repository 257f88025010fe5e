using NewsPortal.Tagging;
using Engine = NewsPortal.Analysis;

namespace NewsPortal.Tests.Tagging;

/// <summary>Every value the engine reports has its stored value, under the same name (a role's Source is the stored Actor).</summary>
public class EngineValuesTests
{
    [Fact]
    public void Every_engine_precision_status_and_role_maps_to_the_stored_one_of_its_name()
    {
        foreach (var p in Enum.GetValues<Engine.Dates.DatePrecision>())
        {
            Assert.Equal(p.ToString(), EngineValues.Stored(p).ToString());
        }
        foreach (var s in Enum.GetValues<Engine.Events.EventStatus>())
        {
            Assert.Equal(s.ToString(), EngineValues.Stored(s).ToString());
        }
        foreach (var r in Enum.GetValues<Engine.Events.ParticipantRole>())
        {
            Assert.Equal(r == Engine.Events.ParticipantRole.Source ? "Actor" : r.ToString(), EngineValues.Stored(r).ToString());
        }
    }
}
