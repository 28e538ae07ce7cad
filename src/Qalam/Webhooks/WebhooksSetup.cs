using Qalam.Content;

namespace Qalam.Webhooks;

/// <summary>Settings under Qalam:Webhooks.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Qalam:Webhooks";

    /// <summary>Lets webhooks reach loopback and private addresses: for a receiver on the same machine or network, and for tests.</summary>
    public bool AllowPrivate { get; set; }
}

public static class WebhooksSetup
{
    public static WebApplicationBuilder AddQalamWebhooks(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new WebhookOptions();
        builder.Services.AddOptions<WebhookOptions>().Bind(builder.Configuration.GetSection(WebhookOptions.Section));
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        builder.Services.AddSingleton<IContentListener, WebhookEvents>();
        builder.Services.AddHttpClient(WebhookSender.Client, c =>
        {
            c.Timeout = TimeSpan.FromSeconds(15);
            c.DefaultRequestHeaders.UserAgent.ParseAdd("Qalam-Webhooks/1");
        }).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            // The address is judged where the connection is made, after DNS: a name cannot point somewhere else later.
            ConnectCallback = (context, ct) => WebhookAddress.ConnectAsync(context.DnsEndPoint, options.AllowPrivate, ct),
            // A proxy would connect for us, out of this check's sight; a redirect could lead anywhere.
            UseProxy = false,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        });
        return builder;
    }
}
