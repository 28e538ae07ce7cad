using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qalam.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Translations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_Stream",
                table: "Posts");

            migrationBuilder.AddColumn<int>(
                name: "TranslationGroupId",
                table: "Posts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Stream",
                table: "Posts",
                columns: new[] { "PublishedUtc", "Id", "Status", "Kind", "Language" },
                filter: "\"Status\" IN ('Published', 'Scheduled')");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_TranslationGroupId_Language",
                table: "Posts",
                columns: new[] { "TranslationGroupId", "Language" },
                unique: true,
                filter: "\"TranslationGroupId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_Stream",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_TranslationGroupId_Language",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "TranslationGroupId",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Stream",
                table: "Posts",
                columns: new[] { "PublishedUtc", "Id", "Status", "Kind" },
                filter: "\"Status\" IN ('Published', 'Scheduled')");
        }
    }
}
