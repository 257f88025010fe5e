using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <summary>
    /// Every statement that changes what readers see announces the table on the
    /// <c>newsportal_content</c> channel. PostgreSQL delivers a NOTIFY only when its transaction
    /// commits, so listeners (page cache, gazetteer) never act on data they cannot yet read, and
    /// writers from any process (web, CLI, psql) are covered.
    /// </summary>
    [DbContext(typeof(NewsPortalDbContext))]
    [Migration("20261123133000_ContentChangeNotifications")]
    public partial class ContentChangeNotifications : Migration
    {
        internal static readonly string[] Tables =
        [
            "sources", "articles", "actors", "actor_aliases", "actor_roles", "mentions", "events",
            "event_participants", "event_mentions", "date_mentions", "event_decisions",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('newsportal_content', TG_TABLE_NAME);
                    RETURN NULL;
                END
                $$;
                """);
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_content_changed
                    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_content_changed();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_content_changed ON {table};");
            }
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS notify_content_changed();");
        }
    }
}
