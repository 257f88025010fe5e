using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleDatesByIdIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "ix_articles_id_dates",
                table: "articles");
        }
    }
}
