using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = new SqliteConnectionStringBuilder { DataSource = options.DataPath("qalam.db"), Pooling = true }.ToString();
        }

        if (!string.Equals(options.Database, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new Hosting.StartupFailureException(Cli.ExitCodes.Configuration, Cli.CliStrings.Get("DatabaseUnsupported", options.Database));
        }

        builder.Services.AddDbContext<SqliteQalamDb>((sp, o) => o
            .UseSqlite(connectionString, s => s.MigrationsAssembly(typeof(QalamDb).Assembly.FullName).CommandTimeout(options.BusyTimeoutSeconds))
            // Comparing the model with the migrations' snapshot costs seconds at every start; StartupTests does it once.
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .AddInterceptors(new SqlitePragmas(options.BusyTimeoutSeconds), new Observability.DatabaseTiming(), sp.GetRequiredService<Search.SearchIndexInterceptor>(),
                sp.GetRequiredService<Accounts.AuditChainInterceptor>(), sp.GetRequiredService<Content.ContentChangeInterceptor>(),
                sp.GetRequiredService<Content.ContentChangeInterceptor>().Transactions));
        builder.Services.AddScoped<QalamDb>(sp => sp.GetRequiredService<SqliteQalamDb>());
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddHostedService(_ => new SqliteKeeper(connectionString)); // after the initializer: the file exists
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }
}
