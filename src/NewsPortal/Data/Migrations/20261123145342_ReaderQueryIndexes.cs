using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReaderQueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_mentions_article_id",
                table: "mentions");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_article_id_actor_id",
                table: "mentions",
                columns: new[] { "article_id", "actor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_events_id_filter",
                table: "events",
                column: "id")
                .Annotation("Npgsql:IndexInclude", new[] { "review", "type", "status", "date_start", "date_end" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_id_dates",
                table: "articles",
                column: "id")
                .Annotation("Npgsql:IndexInclude", new[] { "published_on", "fetched_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_mentions_article_id_actor_id",
                table: "mentions");

            migrationBuilder.DropIndex(
                name: "ix_events_id_filter",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_articles_id_dates",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_article_id",
                table: "mentions",
                column: "article_id");
        }
    }
}
