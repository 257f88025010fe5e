using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <summary>
    /// The timeline's month strips counted by the database as events are written, relinked or
    /// reviewed, instead of per request: dated events per start month and per every fact a reader
    /// filters by (type, status, scope, review, date basis), for every event (actor_id 0) and per
    /// actor (from actor_timeline, itself kept by triggers). Statement triggers add the new rows and
    /// take away the old ones, so a bulk COPY costs one grouped upsert. The longest event span is read
    /// from a small partial index: a range from a day then reads events from the start-date indexes
    /// bounded on both sides (an overlapping event starts at most that many days before it); events
    /// whose end lies before their start (a start corrected, the end not) have one too, since such
    /// an event starting in a range is not in it when its end is before the range.
    /// </summary>
    [DbContext(typeof(NewsPortalDbContext))]
    [Migration("20261203060000_EventMonthCounts")]
    public partial class EventMonthCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE event_month_counts (
                    actor_id integer NOT NULL,
                    month date NOT NULL,
                    type character varying(40) NOT NULL,
                    status integer NOT NULL,
                    scope integer NOT NULL,
                    review integer NOT NULL,
                    date_basis integer NOT NULL,
                    events integer NOT NULL,
                    CONSTRAINT pk_event_month_counts PRIMARY KEY (actor_id, month, type, status, scope, review, date_basis));

                """);
            // One function per table: the rows for every actor (key 0) from events, per actor from actor_timeline.
            migrationBuilder.Sql(CountingFunction("count_event_months", "0"));
            migrationBuilder.Sql(CountingFunction("count_actor_event_months", "actor_id"));
            migrationBuilder.Sql("""
                CREATE TRIGGER events_inserted_to_month_counts AFTER INSERT ON events
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_event_months();
                CREATE TRIGGER events_updated_to_month_counts AFTER UPDATE ON events
                    REFERENCING NEW TABLE AS added OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_event_months();
                CREATE TRIGGER events_deleted_to_month_counts AFTER DELETE ON events
                    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_event_months();
                CREATE TRIGGER actor_timeline_inserted_to_month_counts AFTER INSERT ON actor_timeline
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_actor_event_months();
                CREATE TRIGGER actor_timeline_updated_to_month_counts AFTER UPDATE ON actor_timeline
                    REFERENCING NEW TABLE AS added OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_actor_event_months();
                CREATE TRIGGER actor_timeline_deleted_to_month_counts AFTER DELETE ON actor_timeline
                    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_actor_event_months();

                INSERT INTO event_month_counts
                SELECT 0, date_trunc('month', date_start)::date, type, status, scope, review, date_basis, count(*)
                FROM events WHERE date_start IS NOT NULL
                GROUP BY 2, type, status, scope, review, date_basis;
                INSERT INTO event_month_counts
                SELECT actor_id, date_trunc('month', date_start)::date, type, status, scope, review, date_basis, count(*)
                FROM actor_timeline WHERE date_start IS NOT NULL
                GROUP BY actor_id, 2, type, status, scope, review, date_basis;

                CREATE INDEX IF NOT EXISTS ix_events_longest_span ON events ((date_end - date_start)) WHERE date_end > date_start;
                CREATE INDEX IF NOT EXISTS ix_events_ends_before_start ON events (date_start) WHERE date_end < date_start;
                CREATE INDEX IF NOT EXISTS ix_actor_timeline_ends_before_start ON actor_timeline (actor_id, date_start) WHERE date_end < date_start;
                """);
        }

        /// <summary>A statement trigger's function: the changed rows' counts added (new rows) and taken away (old rows), grouped.</summary>
        private static string CountingFunction(string name, string actorKey)
        {
            const string Upsert = "ON CONFLICT (actor_id, month, type, status, scope, review, date_basis) DO UPDATE SET events = c.events + excluded.events";
            var rows = $"{actorKey} AS actor_id, date_trunc('month', date_start)::date AS month, type, status, scope, review, date_basis";
            const string Key = "actor_id, month, type, status, scope, review, date_basis";
            return $"""
                CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO event_month_counts AS c
                        SELECT {Key}, count(*) FROM (SELECT {rows} FROM added WHERE date_start IS NOT NULL) r GROUP BY {Key}
                        {Upsert};
                    ELSIF TG_OP = 'DELETE' THEN
                        INSERT INTO event_month_counts AS c
                        SELECT {Key}, -count(*) FROM (SELECT {rows} FROM removed WHERE date_start IS NOT NULL) r GROUP BY {Key}
                        {Upsert};
                    ELSE
                        INSERT INTO event_month_counts AS c
                        SELECT {Key}, sum(delta) FROM (
                            SELECT {rows}, 1 AS delta FROM added WHERE date_start IS NOT NULL
                            UNION ALL
                            SELECT {rows}, -1 FROM removed WHERE date_start IS NOT NULL) r
                        GROUP BY {Key} HAVING sum(delta) <> 0
                        {Upsert};
                    END IF;
                    RETURN NULL;
                END
                $$;
                """;
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_events_longest_span;
                DROP INDEX IF EXISTS ix_events_ends_before_start;
                DROP INDEX IF EXISTS ix_actor_timeline_ends_before_start;
                DROP TRIGGER IF EXISTS events_inserted_to_month_counts ON events;
                DROP TRIGGER IF EXISTS events_updated_to_month_counts ON events;
                DROP TRIGGER IF EXISTS events_deleted_to_month_counts ON events;
                DROP TRIGGER IF EXISTS actor_timeline_inserted_to_month_counts ON actor_timeline;
                DROP TRIGGER IF EXISTS actor_timeline_updated_to_month_counts ON actor_timeline;
                DROP TRIGGER IF EXISTS actor_timeline_deleted_to_month_counts ON actor_timeline;
                DROP FUNCTION IF EXISTS count_event_months();
                DROP FUNCTION IF EXISTS count_actor_event_months();
                DROP TABLE IF EXISTS event_month_counts;
                """);
        }
    }
}
