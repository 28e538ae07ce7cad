using Microsoft.AspNetCore.Mvc.RazorPages;
using Qalam.Content;

namespace Qalam.Pages.Admin.Posts;

public static class EditorialSetup
{
    /// <summary>The editorial workflow: the scheduled publisher (and trash purge) and the editor's "new post" address.</summary>
    public static WebApplicationBuilder AddQalamEditorial(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ScheduledPublisher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        builder.Services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute("/Admin/Posts/Edit", "admin/posts/new"));
        return builder;
    }
}
