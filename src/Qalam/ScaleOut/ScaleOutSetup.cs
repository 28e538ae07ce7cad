using Microsoft.AspNetCore.DataProtection.KeyManagement;
using StackExchange.Redis;

namespace Qalam.ScaleOut;

public static class ScaleOutSetup
{
    /// <summary>
    /// Several instances of one site behind a load balancer share, through Redis (Qalam:Redis): the change feed
    /// (<see cref="ChangeRelay"/>), the data-protection keys (<see cref="SharedKeyRing"/>) and the rate limits
    /// (<see cref="SharedWindowLimiter"/>), and /readyz asks it too (<see cref="RedisHealthCheck"/>); sign-in lockouts are rows in the database, shared already. Without the
    /// setting nothing here is registered and Qalam runs on one machine as before.
    /// </summary>
    public static WebApplicationBuilder AddQalamScaleOut(this WebApplicationBuilder builder)
    {
        var setting = builder.Configuration[$"{QalamOptions.Section}:Redis"];
        if (string.IsNullOrWhiteSpace(setting)) return builder;
        var options = Parse(setting);
        builder.Services.AddSingleton(sp => new SharedRedis(options, sp.GetRequiredService<ILogger<SharedRedis>>()));
        builder.Services.AddSingleton<ChangeRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChangeRelay>());
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [Data.DatabaseHealthCheck.Ready]);
        // Registered after Hosting's file repository, so it replaces it; the keys' encryption is Hosting's still.
        var keys = new DirectoryInfo(Path.GetFullPath(Path.Combine(builder.Configuration[$"{QalamOptions.Section}:Data"] ?? "data", "keys")));
        builder.Services.AddOptions<KeyManagementOptions>().Configure<SharedRedis, ILoggerFactory>((o, redis, logs) => o.XmlRepository = new SharedKeyRing(redis, keys, logs));
        return builder;
    }

    private static ConfigurationOptions Parse(string setting)
    {
        try
        {
            var options = ConfigurationOptions.Parse(setting);
            return options.EndPoints.Count > 0 ? options
                : throw new Hosting.StartupFailureException(Cli.ExitCodes.Configuration, Cli.CliStrings.Get("RedisInvalid", Cli.CliStrings.Get("RedisNoServer")));
        }
        catch (ArgumentException e)
        {
            // The client's own words name the keyword or value; the parameter's name after them says nothing more.
            var reason = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw new Hosting.StartupFailureException(Cli.ExitCodes.Configuration, Cli.CliStrings.Get("RedisInvalid", reason), e);
        }
    }
}
