using Microsoft.Extensions.Options;

namespace Qalam.Backups;

public static class BackupsSetup
{
    /// <summary>The archive writer (for the verb and the schedule), the daily schedule, and what the dashboard reads.</summary>
    public static WebApplicationBuilder AddQalamBackups(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BackupOptions>().Bind(builder.Configuration.GetSection(BackupOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<BackupWriter>();
        builder.Services.AddSingleton<BackupSchedule>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BackupSchedule>());
        builder.Services.AddSingleton<JobFailures>();
        builder.Services.AddSingleton<ILoggerProvider, JobFailures.Listener>();
        builder.Services.AddSingleton<SiteHealth>();
        builder.Services.AddSingleton(sp => new BackupLog(sp.GetRequiredService<IOptions<QalamOptions>>().Value.DataPath()));
        return builder;
    }
}
