using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class ParticipantActorEventIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_event_participants_actor_id",
                table: "event_participants");

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_actor_id_event_id",
                table: "event_participants",
                columns: new[] { "actor_id", "event_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_event_participants_actor_id_event_id",
                table: "event_participants");

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_actor_id",
                table: "event_participants",
                column: "actor_id");
        }
    }
}
