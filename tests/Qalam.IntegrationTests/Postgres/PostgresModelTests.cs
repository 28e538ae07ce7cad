using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.IntegrationTests.Postgres;

public sealed class PostgresModelTests
{
    [Fact]
    public void The_postgres_migrations_describe_the_model_as_it_is_in_the_code()
    {
        // A model change with a SQLite migration only would leave PostgreSQL sites behind; comparing needs no server.
        using var db = new PostgresQalamDb(new DbContextOptionsBuilder<PostgresQalamDb>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
