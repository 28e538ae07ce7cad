using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Qalam.Data;

public static class DataSetup
{
    /// <summary>Registers <see cref="QalamDb"/> for the configured provider; the embedded default is a SQLite file in the data directory.</summary>
    public static WebApplicationBuilder AddQalamData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<QalamOptions>().Bind(builder.Configuration.GetSection(QalamOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);

        var options = builder.Configuration.GetSection(QalamOptions.Section).Get<QalamOptions>() ?? new QalamOptions();
        var connectionString = builder.Configuration.GetConnectionString("Default");
        DataFiles.CreatePrivateDirectory(options.DataPath());
        var provider = DatabaseProvider.Read(options.Database, connectionString);
        if (provider == DatabaseProvider.Postgres)
        {
            // No retrying execution strategy: writers open their own transactions (Transactions, StatementPublisher),
            // which a retrying strategy refuses unless each is wrapped whole; conflicts are retried where they happen.
            builder.Services.AddDbContext<PostgresQalamDb>((sp, o) => Common(o
                .UseNpgsql(connectionString, s => s.MigrationsAssembly(typeof(QalamDb).Assembly.FullName).CommandTimeout(options.BusyTimeoutSeconds)), sp));
            builder.Services.AddScoped<QalamDb>(sp => sp.GetRequiredService<PostgresQalamDb>());
            builder.Services.AddHostedService<DatabaseInitializer>();
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                connectionString = new SqliteConnectionStringBuilder { DataSource = options.DataPath("qalam.db"), Pooling = true }.ToString();
            }
            builder.Services.AddDbContext<SqliteQalamDb>((sp, o) => Common(o
                .UseSqlite(connectionString, s => s.MigrationsAssembly(typeof(QalamDb).Assembly.FullName).CommandTimeout(options.BusyTimeoutSeconds)), sp)
                .AddInterceptors(new SqlitePragmas(options.BusyTimeoutSeconds)));
            builder.Services.AddScoped<QalamDb>(sp => sp.GetRequiredService<SqliteQalamDb>());
            builder.Services.AddHostedService<DatabaseInitializer>();
            builder.Services.AddHostedService(_ => new SqliteKeeper(connectionString)); // after the initializer: the file exists
        }
        builder.Services.AddSingleton(provider);
        builder.Services.AddSingleton<ThisInstance>();
        builder.Services.AddSingleton<Leases>();
        // Before every service that holds a lease, so it stops after them and releases what they held.
        builder.Services.AddHostedService<LeaseRelease>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.Ready]);
        return builder;
    }

    // What every provider's context gets: the same interceptors, once each, so a behaviour (the statement lock, the
    // search index, the audit chain, the change feed) can never be on one database and missing on the other.
    private static DbContextOptionsBuilder Common(DbContextOptionsBuilder o, IServiceProvider sp) => o
        // Comparing the model with the migrations' snapshot costs seconds at every start; StartupTests does it once.
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
        .AddInterceptors(new Observability.DatabaseTiming(), new Organisation.StatementLock(), sp.GetRequiredService<Content.PostLanguageDefault>(),
            sp.GetRequiredService<Search.SearchIndexInterceptor>(),
            sp.GetRequiredService<Accounts.AuditChainInterceptor>(), sp.GetRequiredService<Content.ContentChangeInterceptor>(),
            sp.GetRequiredService<Content.ContentChangeInterceptor>().Transactions);
}
