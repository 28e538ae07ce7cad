using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qalam.Data.Migrations.Sqlite;

/// <summary>
/// Search index tables, outside the EF model (hand-written SQL only): Qalam's term statistics for ranking and an
/// FTS5 table over the analysed text. Filled as posts are saved; `qalam reindex` rebuilds them.
/// </summary>
[DbContext(typeof(SqliteQalamDb))]
[Migration("20261129140000_SearchIndex")]
public sealed class SearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE SearchDocuments (
                PostId INTEGER NOT NULL PRIMARY KEY,
                AuthorId INTEGER NOT NULL,
                Kind TEXT NOT NULL,
                Language TEXT NOT NULL,
                Published INTEGER NOT NULL,
                Length REAL NOT NULL,
                Terms TEXT NOT NULL,
                Words TEXT NOT NULL);
            CREATE TABLE SearchPostings (
                Term TEXT NOT NULL,
                PostId INTEGER NOT NULL,
                Tf REAL NOT NULL,
                Length REAL NOT NULL,
                Published INTEGER NOT NULL,
                PRIMARY KEY (Term, PostId)) WITHOUT ROWID;
            CREATE TABLE SearchTerms (Term TEXT NOT NULL PRIMARY KEY, Df INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TABLE SearchWords (Word TEXT NOT NULL PRIMARY KEY, Length INTEGER NOT NULL, Df INTEGER NOT NULL) WITHOUT ROWID;
            CREATE INDEX IX_SearchWords_Length ON SearchWords (Length);
            CREATE TABLE SearchStats (Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1), Documents INTEGER NOT NULL, TotalLength REAL NOT NULL);
            INSERT INTO SearchStats (Id, Documents, TotalLength) VALUES (1, 0, 0);
            CREATE VIRTUAL TABLE SearchText USING fts5(title, tags, body, exact, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE SearchText;
            DROP TABLE SearchStats;
            DROP TABLE SearchWords;
            DROP TABLE SearchTerms;
            DROP TABLE SearchPostings;
            DROP TABLE SearchDocuments;
            """);
    }
}
