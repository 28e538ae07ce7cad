using Microsoft.EntityFrameworkCore;

namespace Qalam.Data;

/// <summary>The embedded default: one SQLite file under the data directory. Migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteQalamDb(DbContextOptions<SqliteQalamDb> options) : QalamDb(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so ORDER BY and ranges run in SQL.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType == typeof(DateTimeOffset))
                {
                    property.SetValueConverter(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter());
                }
                else if (property.ClrType == typeof(DateTimeOffset?))
                {
                    property.SetValueConverter(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter());
                }
            }
        }
    }
}
