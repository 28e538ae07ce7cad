using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Qalam.Api.Admin;

/// <summary>
/// The admin API's part of the OpenAPI document: the bearer scheme (a personal access token), required by every
/// operation under /api/v1/admin and by no other.
/// </summary>
public static class AdminApiDocument
{
    public const string SchemeName = "personalAccessToken";

    public static void Describe(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "qlm_…",
                Description = "A personal access token made in the admin under My account → Access tokens, sent as "
                    + "`Authorization: Bearer qlm_…`. The token acts with its person's current role, within its scopes "
                    + "(posts:read, posts:write, media:write, terms:write). A browser session is not accepted.\n\n"
                    + ApiSetup.Arabic("رمز وصول شخصي يُنشأ من «حسابي» في لوحة الإدارة، ويعمل بصلاحيات دور صاحبه في حدود نطاقاته."),
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.RelativePath?.StartsWith(AdminApiSetup.Prefix.TrimStart('/'), StringComparison.OrdinalIgnoreCase) != true) return Task.CompletedTask;
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
            return Task.CompletedTask;
        });
    }
}
