using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Qalam.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchSynonymsAndQueryLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchQueries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    ZeroHits = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchQueries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchSynonyms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Words = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpdatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchSynonyms", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "SearchSynonyms",
                columns: new[] { "Id", "UpdatedUtc", "Words" },
                values: new object[,]
                {
                    { 1, 1309329653760000000L, "جوجل، غوغل، Google" },
                    { 2, 1309329653760000000L, "فيسبوك، فيس بوك، Facebook" },
                    { 3, 1309329653760000000L, "ليبيا، Libya" },
                    { 4, 1309329653760000000L, "تويتر، Twitter" },
                    { 5, 1309329653760000000L, "يوتيوب، YouTube" },
                    { 6, 1309329653760000000L, "واتساب، WhatsApp" },
                    { 7, 1309329653760000000L, "إنستغرام، انستقرام، Instagram" },
                    { 8, 1309329653760000000L, "تيليجرام، تلغرام، Telegram" },
                    { 9, 1309329653760000000L, "مايكروسوفت، Microsoft" },
                    { 10, 1309329653760000000L, "طرابلس، Tripoli" },
                    { 11, 1309329653760000000L, "بنغازي، Benghazi" },
                    { 12, 1309329653760000000L, "مصراتة، Misrata" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchQueries_Day_Query",
                table: "SearchQueries",
                columns: new[] { "Day", "Query" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchQueries");

            migrationBuilder.DropTable(
                name: "SearchSynonyms");
        }
    }
}
