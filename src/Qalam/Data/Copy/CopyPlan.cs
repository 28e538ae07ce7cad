using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Qalam.Data.Copy;

/// <summary>
/// What a copy moves, read from the EF model, so a table added to the model is copied without a change here: every
/// table in foreign-key order (principals first). A foreign key that cannot be satisfied in that order (a row naming
/// its own table, as a reply names its comment, or a cycle between tables) is written empty first and filled in once
/// every row is in: <see cref="Deferred"/>. Rows the migrations themselves add (<c>HasData</c>: the first search
/// synonyms) are in a new database already: <see cref="Seeded"/> says how many, and the copy replaces them with the
/// source's. Tables outside the model (the search index) are rebuilt, not copied.
/// </summary>
public static class CopyPlan
{
    public sealed record Table(string Name, IReadOnlyList<IColumn> Columns, IReadOnlyList<IColumn> Key, IReadOnlyList<IColumn> Deferred, int Seeded);

    /// <summary>
    /// Leases name the instances of the source's site that held them: meaningless in another database, and a target an
    /// instance has merely started on holds one, which must not make it "not empty".
    /// </summary>
    public static readonly IReadOnlySet<string> NotCopied = new HashSet<string>(StringComparer.Ordinal) { "Leases" };

    public static IReadOnlyList<Table> Tables(QalamDb db)
    {
        var tables = db.Model.GetRelationalModel().Tables.Where(t => !NotCopied.Contains(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var placed = new List<ITable>();
        var left = new List<ITable>(tables);
        while (left.Count > 0)
        {
            // Ready: every table it names (other than itself) is in. In a cycle, the table whose missing keys may be empty.
            var next = left.FirstOrDefault(t => Missing(t, placed).Count == 0)
                ?? left.FirstOrDefault(t => Missing(t, placed).All(fk => fk.Columns.All(c => c.IsNullable)))
                ?? throw new InvalidOperationException($"The tables {string.Join(", ", left.Select(t => t.Name))} name each other with required keys.");
            placed.Add(next);
            left.Remove(next);
        }
        // Seed rows are kept only in the design-time model, which EF Core builds for migrations and keeps at run time too.
        var seeded = db.GetService<IDesignTimeModel>().Model.GetEntityTypes().Where(e => e.GetTableName() is not null)
            .GroupBy(e => e.GetTableName()!).ToDictionary(g => g.Key, g => g.Sum(e => e.GetSeedData().Count()));
        return placed.Select((t, i) => new Table(t.Name,
            [.. t.Columns.OrderBy(c => c.Name, StringComparer.Ordinal)],
            [.. t.PrimaryKey!.Columns],
            [.. t.ForeignKeyConstraints.Where(fk => placed.IndexOf(fk.PrincipalTable) >= i).SelectMany(fk => fk.Columns).Distinct()],
            seeded.GetValueOrDefault(t.Name))).ToList();
    }

    private static List<IForeignKeyConstraint> Missing(ITable table, List<ITable> placed) =>
        [.. table.ForeignKeyConstraints.Where(fk => fk.PrincipalTable != table && !placed.Contains(fk.PrincipalTable))];
}
