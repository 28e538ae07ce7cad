using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qalam.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommentSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CommentsCloseAfterDays",
                table: "Settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "CommentsHeldForModeration",
                table: "Settings",
                type: "INTEGER",
                nullable: false,
                // Existing sites hold new comments for moderation, like new ones.
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "CommentsOpen",
                table: "Settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CommentsCloseAfterDays",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "CommentsHeldForModeration",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "CommentsOpen",
                table: "Settings");
        }
    }
}
