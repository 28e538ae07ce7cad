using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qalam.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RelatedPostIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PostTags_TagsId",
                table: "PostTags");

            migrationBuilder.CreateIndex(
                name: "IX_PostTags_TagsId_PostsId",
                table: "PostTags",
                columns: new[] { "TagsId", "PostsId" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Id_Status_PublishedUtc_Kind",
                table: "Posts",
                columns: new[] { "Id", "Status", "PublishedUtc", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PostTags_TagsId_PostsId",
                table: "PostTags");

            migrationBuilder.DropIndex(
                name: "IX_Posts_Id_Status_PublishedUtc_Kind",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_PostTags_TagsId",
                table: "PostTags",
                column: "TagsId");
        }
    }
}
