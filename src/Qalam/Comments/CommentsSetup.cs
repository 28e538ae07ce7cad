namespace Qalam.Comments;

public static class CommentsSetup
{
    public static WebApplicationBuilder AddQalamComments(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CommentQueries>();
        builder.Services.AddScoped<CommentWriter>();
        builder.Services.AddScoped<CommentNotice>();
        var permits = builder.Configuration.GetValue(CommentRateLimit.Setting, CommentRateLimit.DefaultPermits);
        builder.Services.AddSingleton(sp => new CommentRateLimit(permits, sp));
        return builder;
    }
}
