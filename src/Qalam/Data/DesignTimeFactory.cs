using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Qalam.Data;

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without starting the site.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteQalamDb>
{
    public SqliteQalamDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteQalamDb>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>The same for PostgreSQL (`--context PostgresQalamDb`); adding a migration needs no server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresQalamDb>
{
    public PostgresQalamDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresQalamDb>().UseNpgsql("Host=localhost;Database=qalam_design").Options);
}
