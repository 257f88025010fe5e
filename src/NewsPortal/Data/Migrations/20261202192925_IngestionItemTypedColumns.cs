using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class IngestionItemTypedColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "file_path",
                table: "ingestion_items",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "url",
                table: "ingestion_items",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true);

            // Existing items keep what they pointed at: "article:N" targets become the article id,
            // full paths become file items, everything else was a URL.
            migrationBuilder.Sql("""
                UPDATE ingestion_items SET article_id = substring(target FROM 9)::bigint
                 WHERE kind IN (2, 3, 4) AND target ~ '^article:[0-9]+$';
                UPDATE ingestion_items SET kind = 5, file_path = target WHERE kind = 0 AND target LIKE '/%';
                UPDATE ingestion_items SET url = target WHERE kind IN (0, 1) AND file_path IS NULL;
                """);

            migrationBuilder.DropIndex(
                name: "ix_ingestion_items_run_id_target",
                table: "ingestion_items");

            migrationBuilder.DropColumn(
                name: "target",
                table: "ingestion_items");

            migrationBuilder.CreateIndex(
                name: "ix_ingestion_items_run_id_article_id",
                table: "ingestion_items",
                columns: new[] { "run_id", "article_id" },
                unique: true,
                filter: "kind IN (2, 3, 4)");

            migrationBuilder.CreateIndex(
                name: "ix_ingestion_items_run_id_file_path",
                table: "ingestion_items",
                columns: new[] { "run_id", "file_path" },
                unique: true,
                filter: "file_path IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_ingestion_items_run_id_url",
                table: "ingestion_items",
                columns: new[] { "run_id", "url" },
                unique: true,
                filter: "url IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ingestion_items_run_id_article_id",
                table: "ingestion_items");

            migrationBuilder.DropIndex(
                name: "ix_ingestion_items_run_id_file_path",
                table: "ingestion_items");

            migrationBuilder.DropIndex(
                name: "ix_ingestion_items_run_id_url",
                table: "ingestion_items");

            migrationBuilder.AddColumn<string>(
                name: "target",
                table: "ingestion_items",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""
                UPDATE ingestion_items SET target = coalesce(url, file_path, 'article:' || article_id, '');
                UPDATE ingestion_items SET kind = 0 WHERE kind = 5;
                """);

            migrationBuilder.DropColumn(
                name: "file_path",
                table: "ingestion_items");

            migrationBuilder.DropColumn(
                name: "url",
                table: "ingestion_items");

            migrationBuilder.CreateIndex(
                name: "ix_ingestion_items_run_id_target",
                table: "ingestion_items",
                columns: new[] { "run_id", "target" },
                unique: true);
        }
    }
}
