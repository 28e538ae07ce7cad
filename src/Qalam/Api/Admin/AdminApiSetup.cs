using Qalam.Accounts;

namespace Qalam.Api.Admin;

/// <summary>
/// The admin API, <c>/api/v1/admin/</c>: personal access tokens only (a browser's session cookie is never accepted
/// here, so no other site can make a signed-in browser call it, and no antiforgery token is needed), the role policies
/// of the admin pages plus the token's scopes, a rate limit per token, and problem details for every refusal.
/// </summary>
public static class AdminApiSetup
{
    public const string Prefix = "/api/v1/admin";
    public const string Policy = "admin-api";

    public static WebApplicationBuilder AddQalamAdminApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccessTokens>();
        builder.Services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.Name, null);
        var authorization = builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.AddAuthenticationSchemes(TokenAuthentication.Name).RequireAuthenticatedUser());
        foreach (var scope in TokenScopes.All)
        {
            authorization.AddPolicy(TokenScopes.Policy(scope), p => p.AddAuthenticationSchemes(TokenAuthentication.Name).RequireClaim(TokenScopes.Claim, scope));
        }
        var permits = builder.Configuration.GetValue(AdminApiRateLimit.Setting, AdminApiRateLimit.DefaultPermits);
        if (permits < 1) throw new InvalidOperationException($"{AdminApiRateLimit.Setting} must be at least 1.");
        builder.Services.AddRateLimiter(o => o.AddPolicy(AdminApiRateLimit.Policy, new AdminApiRateLimit(permits)));
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>(ApiSetup.DocumentName, AdminApiDocument.Describe);
        return builder;
    }

    public static WebApplication MapQalamAdminApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .RequireAuthorization(Policy)
            .RequireRateLimiting(AdminApiRateLimit.Policy)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.ProducesResponseTypeAttribute(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), 401, "application/problem+json"))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.ProducesResponseTypeAttribute(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), 403, "application/problem+json"))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.ProducesResponseTypeAttribute(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), 429, "application/problem+json"));
        PostsAdminApi.Map(api);
        MediaAdminApi.Map(api);
        TermsAdminApi.Map(api);
        return app;
    }

    /// <summary>Whether a request is for the admin API (the request rules let its PATCH and DELETE through).</summary>
    public static bool IsAdminApi(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
