using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Search;

namespace Qalam.Data;

/// <summary>
/// Runs before the server takes requests: applies migrations (EF Core takes a database-wide migration lock,
/// so two processes starting at once wait for each other), makes sure the settings row exists,
/// and on a brand-new database creates the first administrator and, if configured, the demo organisation.
/// </summary>
internal sealed class DatabaseInitializer(IServiceProvider services, IOptions<QalamOptions> options, IHostApplicationLifetime lifetime,
    ILogger<DatabaseInitializer> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        await PrepareAsync(db, cancellationToken);
        if (await db.People.AnyAsync(cancellationToken))
        {
            // Instances started at once take turns: the first rebuilds a stale index, the others then find it current.
            var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
            await OneAtATimeAsync(db, async () => { await indexer.RebuildIfStaleAsync(db, log, cancellationToken); return 0; }, cancellationToken);
            lifetime.ApplicationStarted.Register(() => FirstAdministrator.RemindIfUnclaimed(options.Value.DataPath()));
            return;
        }
        if (await TryCreateFirstAdministratorAsync(scope.ServiceProvider, cancellationToken) is not { } first) return;
        // Printed once the server listens: if the address is busy, the password stays in the file and the next start says where.
        lifetime.ApplicationStarted.Register(() => FirstAdministrator.Print(first.Email, first.Password, first.File));
        if (options.Value.SeedDemo)
        {
            await scope.ServiceProvider.GetRequiredService<DemoContent>().LoadAsync(cancellationToken);
        }
        await scope.ServiceProvider.GetRequiredService<SearchIndexer>().MarkCurrentAsync(db, cancellationToken);
        log.LogInformation("First start: the database was created");
    }

    /// <summary>
    /// Creates the first administrator with a random password kept in an owner-only file until its first sign-in, and
    /// returns it for the console (never the logger). Returns null when another process got there first.
    /// </summary>
    public static async Task<FirstCredentials?> TryCreateFirstAdministratorAsync(IServiceProvider services, CancellationToken ct)
    {
        var people = services.GetRequiredService<PeopleService>();
        var password = PeopleService.GeneratePassword();
        Person admin;
        try
        {
            admin = await people.AddAsync("admin@qalam.local", "مدير الموقع", Role.Administrator, password, ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            return null;
        }
        var file = FirstAdministrator.Keep(admin.Email!, password, services.GetRequiredService<IOptions<QalamOptions>>().Value.DataPath());
        return new FirstCredentials(admin.Email!, password, file);
    }

    public sealed record FirstCredentials(string Email, string Password, string File);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Any constant will do, as long as it is Qalam's alone on the database: "Qalam" in ASCII.
    private const long MigrationLock = 0x51616C616D;

    /// <summary>
    /// Applies pending migrations and returns how many. On PostgreSQL, instances starting at once take turns under a
    /// session advisory lock, so the second finds nothing left to apply instead of running the same DDL; SQLite's
    /// migration lock in EF Core does the same for a file.
    /// </summary>
    public static Task<int> MigrateAsync(QalamDb db, CancellationToken ct) => OneAtATimeAsync(db, async () =>
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        await db.Database.MigrateAsync(ct);
        return pending;
    }, ct);

    /// <summary>
    /// Start-up work that instances starting at once must not do side by side (migrations, a rebuild of the search
    /// index): on PostgreSQL under a session advisory lock, waited for as long as the first instance's work takes, not a
    /// command's 30 seconds. SQLite's writers already queue on the file.
    /// </summary>
    private static async Task<T> OneAtATimeAsync<T>(QalamDb db, Func<Task<T>> work, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return await work();
        await db.Database.OpenConnectionAsync(ct);
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLock})", ct);
            try
            {
                return await work();
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
            }
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Migrates and makes sure the settings row exists; also used by the CLI verbs.</summary>
    public static async Task PrepareAsync(QalamDb db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        await MigrateAsync(db, ct);
        await StoredSummaries.BackfillAsync(db, ct);
        await PlannerStatistics.RefreshAsync(db, ct);
        if (!await db.Settings.AnyAsync(ct))
        {
            db.Settings.Add(new SiteSettings());
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another process created it at the same moment.
                db.ChangeTracker.Clear();
            }
        }
    }
}
