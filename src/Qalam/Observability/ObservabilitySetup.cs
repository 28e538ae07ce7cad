using System.Text.Encodings.Web;
using Serilog;
using OpenTelemetry.Metrics;

namespace Qalam.Observability;

/// <summary>What an operator sees: logs (plain or JSON lines, each with its request id) and, when enabled, /metrics.</summary>
public static class ObservabilitySetup
{
    public static WebApplicationBuilder AddQalamObservability(this WebApplicationBuilder builder)
    {
        // Scopes carry the request id (the hosting scope's RequestId), the same id the 500 and 503 pages show, so a
        // reader's report leads to the log lines of that one request.
        // The trace id ties a line to the metrics' exemplars and to a proxy's logs; span and parent ids are noise here.
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId);
        if (!builder.Configuration.GetValue("Qalam:Logging:Console", true))
        {
            // A verb's terminal shows the verb's own messages, one line each; the details of what went wrong go to
            // DATA/logs/qalam.log. Shared: a start-up failure is appended to the same file (CliFailures).
            var data = builder.Configuration.GetSection(QalamOptions.Section).Get<QalamOptions>() ?? new QalamOptions();
            var file = new Serilog.LoggerConfiguration().MinimumLevel.Verbose()
                .WriteTo.File(data.DataPath("logs", "qalam.log"), shared: true, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                .CreateLogger();
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<ILoggerProvider>(_ => new FileLogProvider(file));
        }
        else if (builder.Configuration.GetValue<bool>("Qalam:Logging:Json"))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                // Arabic titles in messages stay readable in the log, not \u escapes.
                o.JsonWriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; o.IncludeScopes = true; });
        }

        var options = builder.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        builder.Services.AddSingleton(options);
        if (!options.Enabled) return builder;
        builder.Services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(QalamMetrics.MeterName)
            // Every scrape is collected afresh: a scrape cache would show a counter behind the requests just made.
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }

    /// <summary>
    /// Before the page cache and sign-in: the scrape is answered here, never stored, and from an address not allowed it
    /// falls through to the ordinary 404. After the forwarded headers, so the allowed address is the client's.
    /// </summary>
    public static WebApplication UseQalamObservability(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<MetricsOptions>();
        if (!options.Enabled) return app;
        var networks = options.Networks();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider: null,
            predicate: ctx => ctx.Request.Path == "/metrics" && options.Allows(ctx.Connection.RemoteIpAddress, networks),
            path: null,
            configureBranchedPipeline: branch => branch.Use((ctx, next) =>
            {
                ctx.Response.Headers.CacheControl = "no-store";
                return next(ctx);
            }),
            optionsName: null);
        return app;
    }
}
