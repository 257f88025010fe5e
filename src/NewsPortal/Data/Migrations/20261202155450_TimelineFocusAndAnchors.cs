using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <summary>
    /// Articles get a relevance score, its reason and an admin's topic decision; events a scope
    /// (focus, other, hidden) and where their date comes from (stated or the report's day), both
    /// copied into actor_timeline; event decisions can split and merge. Existing events keep the
    /// default scope until re-tagged (scripts/cli retag).
    /// </summary>
    public partial class TimelineFocusAndAnchors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_actor_timeline_actor_id_date_start_event_id",
                table: "actor_timeline");

            migrationBuilder.AddColumn<int>(
                name: "date_basis",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "scope",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "join_fingerprint",
                table: "event_decisions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "keep_apart",
                table: "event_decisions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "on_topic",
                table: "articles",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<double>(
                name: "relevance",
                table: "articles",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "relevance_reason",
                table: "articles",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "topic_decision",
                table: "articles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "date_basis",
                table: "actor_timeline",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "scope",
                table: "actor_timeline",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "ix_actor_timeline_actor_id_date_start_event_id",
                table: "actor_timeline",
                columns: new[] { "actor_id", "date_start", "event_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "type", "status", "review", "date_end", "scope", "date_basis" });

            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION refresh_actor_timeline(event_ids bigint[]) RETURNS void LANGUAGE sql AS $$
                    DELETE FROM actor_timeline WHERE event_id = ANY (event_ids);
                    INSERT INTO actor_timeline (event_id, actor_id, type, date_start, date_end, status, review, scope, date_basis)
                    SELECT e.id, involved.actor_id, e.type, e.date_start, e.date_end, e.status, e.review, e.scope, e.date_basis
                    FROM events e
                    CROSS JOIN LATERAL (
                        SELECT p.actor_id FROM event_participants p WHERE p.event_id = e.id
                        UNION
                        SELECT e.location_actor_id WHERE e.location_actor_id IS NOT NULL) involved
                    WHERE e.id = ANY (event_ids);
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION refresh_actor_timeline(event_ids bigint[]) RETURNS void LANGUAGE sql AS $$
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
                """);
            migrationBuilder.DropIndex(
                name: "ix_actor_timeline_actor_id_date_start_event_id",
                table: "actor_timeline");

            migrationBuilder.DropColumn(
                name: "date_basis",
                table: "events");

            migrationBuilder.DropColumn(
                name: "scope",
                table: "events");

            migrationBuilder.DropColumn(
                name: "join_fingerprint",
                table: "event_decisions");

            migrationBuilder.DropColumn(
                name: "keep_apart",
                table: "event_decisions");

            migrationBuilder.DropColumn(
                name: "on_topic",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "relevance",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "relevance_reason",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "topic_decision",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "date_basis",
                table: "actor_timeline");

            migrationBuilder.DropColumn(
                name: "scope",
                table: "actor_timeline");

            migrationBuilder.CreateIndex(
                name: "ix_actor_timeline_actor_id_date_start_event_id",
                table: "actor_timeline",
                columns: new[] { "actor_id", "date_start", "event_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "type", "status", "review", "date_end" });
        }
    }
}
