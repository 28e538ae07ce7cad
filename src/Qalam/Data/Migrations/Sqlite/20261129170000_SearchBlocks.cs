using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qalam.Data.Migrations.Sqlite;

/// <summary>
/// Search postings move from a row per term and post to blocks of postings per term (ranked in C#, with positions for
/// phrases); FTS5 keeps only the exact forms. The index is emptied: the server rebuilds it at start (see
/// <see cref="Qalam.Search.SearchIndexer.RebuildIfStaleAsync"/>), or `qalam reindex` does.
/// </summary>
[DbContext(typeof(SqliteQalamDb))]
[Migration("20261129170000_SearchBlocks")]
public sealed class SearchBlocks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE SearchPostings;
            DROP TABLE SearchText;
            DELETE FROM SearchDocuments;
            DELETE FROM SearchTerms;
            DELETE FROM SearchWords;
            UPDATE SearchStats SET Documents = 0, TotalLength = 0 WHERE Id = 1;
            CREATE TABLE SearchBlocks (
                Id INTEGER NOT NULL PRIMARY KEY,
                Term TEXT NOT NULL,
                First INTEGER NOT NULL,
                Last INTEGER NOT NULL,
                Ids BLOB NOT NULL,
                Documents BLOB NOT NULL,
                Positions BLOB NOT NULL);
            CREATE UNIQUE INDEX IX_SearchBlocks_Term_First ON SearchBlocks (Term, First);
            CREATE VIRTUAL TABLE SearchText USING fts5(exact, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE SearchText;
            DROP TABLE SearchBlocks;
            DELETE FROM SearchDocuments;
            DELETE FROM SearchTerms;
            DELETE FROM SearchWords;
            UPDATE SearchStats SET Documents = 0, TotalLength = 0 WHERE Id = 1;
            CREATE TABLE SearchPostings (
                Term TEXT NOT NULL,
                PostId INTEGER NOT NULL,
                Tf REAL NOT NULL,
                Length REAL NOT NULL,
                Published INTEGER NOT NULL,
                PRIMARY KEY (Term, PostId)) WITHOUT ROWID;
            CREATE VIRTUAL TABLE SearchText USING fts5(title, tags, body, exact, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
            """);
    }
}
