using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Media;
using Qalam.Pages.Admin.Media;

namespace Qalam.Api.Admin;

/// <summary>Uploads through a token: the media library's own store and checks (type read from the content, size and pixel limits).</summary>
public static class MediaAdminApi
{
    /// <summary>A stored upload.</summary>
    public sealed record AdminMediaView(int Id, string Url, string FileName, string ContentType, long SizeBytes, int? Width, int? Height, string? AltText, string? Title);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/media", UploadAsync).WithTags("Admin: media")
            .RequireAuthorization(Policies.Publish, TokenScopes.Policy(TokenScopes.MediaWrite))
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload an image or PDF (field file, with altText and title)")
            .Produces<AdminMediaView>(201).ProducesProblem(400).ProducesProblem(403).ProducesProblem(422);
    }

    private static async Task<IResult> UploadAsync(HttpContext http, QalamDb db, MediaStore store, AuditLog audit, IOptions<MediaOptions> limits,
        IStringLocalizer<MediaStrings> s, CancellationToken ct)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
        var file = form?.Files.GetFile("file");
        if (file is null || file.Length == 0) return AdminApiProblems.Result(http, 400, "FileRequired");
        var user = http.User;
        // As in the library: authors and contributors get a smaller image budget.
        var budget = Policies.Can(user, Role.Editor) ? limits.Value.MaxImagePixels : Math.Min(limits.Value.MaxImagePixels, limits.Value.MaxImagePixelsBelowEditor);
        MediaItem item;
        try
        {
            await using var stream = file.OpenReadStream();
            item = await store.SaveAsync(stream, file.FileName, form!["altText"].ToString(), Policies.IdOf(user), budget, ct);
        }
        catch (MediaRejectedException e)
        {
            audit.Record("media-refused", file.FileName, e.Reason.ToString());
            await db.SaveChangesAsync(ct);
            return AdminApiProblems.Result(http, 422, "MediaRejected", InCulture(ApiProblems.Culture(http.Request), () => MediaFormat.Refusal(e.Reason, limits.Value, s, budget)));
        }
        await store.RecordUploadAsync(item, form["title"].ToString(), ct);
        return TypedResults.Created($"/media/{item.StoragePath}", new AdminMediaView(item.Id, $"/media/{item.StoragePath}", item.FileName, item.ContentType,
            item.SizeBytes, item.Width, item.Height, item.AltText, item.Title));
    }

    private static string InCulture(CultureInfo culture, Func<string> text)
    {
        var (ui, fmt) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (culture, culture);
            return text();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, fmt);
        }
    }
}
