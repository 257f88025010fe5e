using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <summary>
    /// actor_timeline: each actor's events with their type, dates, status and review copied, kept
    /// by statement triggers on events and event_participants (transition tables: one refresh per
    /// statement, not per row). Replaces the covering index on events that served the actor filter
    /// from participants' ids.
    /// </summary>
    public partial class ActorTimeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_id_filter",
                table: "events");

            migrationBuilder.CreateTable(
                name: "actor_timeline",
                columns: table => new
                {
                    actor_id = table.Column<int>(type: "integer", nullable: false),
                    event_id = table.Column<long>(type: "bigint", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    date_start = table.Column<DateOnly>(type: "date", nullable: true),
                    date_end = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    review = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actor_timeline", x => new { x.event_id, x.actor_id });
                    table.ForeignKey(
                        name: "fk_actor_timeline_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_actor_timeline_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_actor_timeline_actor_id_date_start_event_id",
                table: "actor_timeline",
                columns: new[] { "actor_id", "date_start", "event_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "type", "status", "review", "date_end" });

            // An event's rows are rebuilt whole: its participants and its location, each actor once.
            migrationBuilder.Sql("""
                CREATE FUNCTION refresh_actor_timeline(event_ids bigint[]) RETURNS void LANGUAGE sql AS $$
                    DELETE FROM actor_timeline WHERE event_id = ANY (event_ids);
                    INSERT INTO actor_timeline (event_id, actor_id, type, date_start, date_end, status, review)
                    SELECT e.id, involved.actor_id, e.type, e.date_start, e.date_end, e.status, e.review
                    FROM events e
                    CROSS JOIN LATERAL (
                        SELECT p.actor_id FROM event_participants p WHERE p.event_id = e.id
                        UNION
                        SELECT e.location_actor_id WHERE e.location_actor_id IS NOT NULL) involved
                    WHERE e.id = ANY (event_ids);
                $$;

                CREATE FUNCTION events_to_actor_timeline() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM refresh_actor_timeline(ARRAY(SELECT id FROM changed));
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION participants_to_actor_timeline() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM refresh_actor_timeline(ARRAY(SELECT DISTINCT event_id FROM added));
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM refresh_actor_timeline(ARRAY(SELECT DISTINCT event_id FROM removed));
                    ELSE
                        PERFORM refresh_actor_timeline(ARRAY(SELECT event_id FROM added UNION SELECT event_id FROM removed));
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER events_inserted_to_actor_timeline AFTER INSERT ON events
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION events_to_actor_timeline();
                CREATE TRIGGER events_updated_to_actor_timeline AFTER UPDATE ON events
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION events_to_actor_timeline();
                CREATE TRIGGER participants_inserted_to_actor_timeline AFTER INSERT ON event_participants
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION participants_to_actor_timeline();
                CREATE TRIGGER participants_updated_to_actor_timeline AFTER UPDATE ON event_participants
                    REFERENCING NEW TABLE AS added OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION participants_to_actor_timeline();
                CREATE TRIGGER participants_deleted_to_actor_timeline AFTER DELETE ON event_participants
                    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION participants_to_actor_timeline();

                SELECT refresh_actor_timeline(ARRAY(SELECT id FROM events));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER events_inserted_to_actor_timeline ON events;
                DROP TRIGGER events_updated_to_actor_timeline ON events;
                DROP TRIGGER participants_inserted_to_actor_timeline ON event_participants;
                DROP TRIGGER participants_updated_to_actor_timeline ON event_participants;
                DROP TRIGGER participants_deleted_to_actor_timeline ON event_participants;
                DROP FUNCTION events_to_actor_timeline();
                DROP FUNCTION participants_to_actor_timeline();
                DROP FUNCTION refresh_actor_timeline(bigint[]);
                """);
            migrationBuilder.DropTable(
                name: "actor_timeline");

            migrationBuilder.CreateIndex(
                name: "ix_events_id_filter",
                table: "events",
                column: "id")
                .Annotation("Npgsql:IndexInclude", new[] { "review", "type", "status", "date_start", "date_end" });
        }
    }
}
