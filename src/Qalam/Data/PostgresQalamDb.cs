using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Qalam.Data;

/// <summary>For several instances on one server: PostgreSQL. Migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresQalamDb(DbContextOptions<PostgresQalamDb> options) : QalamDb(options)
{
    // timestamptz keeps an instant, not an offset, and Npgsql refuses to write a DateTimeOffset whose offset is not
    // zero; times made in the site's zone (a scheduled post from the form) are stored as the same instant in UTC.
    private static readonly ValueConverter<DateTimeOffset, DateTimeOffset> ToUtc = new(v => v.ToUniversalTime(), v => v);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?)) property.SetValueConverter(ToUtc);
            // Byte order, case-sensitive, as SQLite compares and sorts text: slugs, e-mails (stored normalised) and
            // titles order and match alike on both databases, whatever the server's default locale.
            if (property.ClrType == typeof(string)) property.SetCollation("C");
        }
    }
}
