using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qalam.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditChainAndSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "Audit",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Sessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sessions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignInFailures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntilUtc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInFailures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignInFailures_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_PersonId",
                table: "Sessions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SignInFailures_PersonId_Scope",
                table: "SignInFailures",
                columns: new[] { "PersonId", "Scope" },
                unique: true);

            // The audit log is append-only: the database itself refuses edits and deletions.
            migrationBuilder.Sql("CREATE TRIGGER Audit_no_update BEFORE UPDATE ON Audit BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER Audit_no_delete BEFORE DELETE ON Audit BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Audit_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Audit_no_delete;");
            migrationBuilder.DropTable(
                name: "Sessions");

            migrationBuilder.DropTable(
                name: "SignInFailures");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "Audit");
        }
    }
}
