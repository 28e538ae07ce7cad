using Qalam.Content;

namespace Qalam.Pages.Admin.Posts;

public static class EditorialSetup
{
    /// <summary>The editorial workflow: the scheduled publisher (and trash purge).</summary>
    public static WebApplicationBuilder AddQalamEditorial(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ScheduledPublisher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        return builder;
    }
}
