using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qalam.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ThemeSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactAddress",
                table: "Settings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Settings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Settings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Font",
                table: "Settings",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Naskh");

            migrationBuilder.AddColumn<string>(
                name: "HomeSections",
                table: "Settings",
                type: "TEXT",
                nullable: false,
                defaultValue: "statement,news,endorsements,partners,transparency");

            migrationBuilder.AddColumn<string>(
                name: "PrimaryColour",
                table: "Settings",
                type: "TEXT",
                nullable: false,
                defaultValue: "#0b5d4b");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactAddress",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "Font",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "HomeSections",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "PrimaryColour",
                table: "Settings");
        }
    }
}
