using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Qalam.Data;

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without starting the site.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteQalamDb>
{
    public SqliteQalamDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteQalamDb>().UseSqlite("Data Source=design-time.db").Options);
}
