using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Hosting;
using Qalam.Media;

namespace Qalam.Organisation;

public static class OrganisationSetup
{
    public static WebApplicationBuilder AddQalamOrganisation(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StatementNumbering>();
        builder.Services.AddScoped<StatementPublisher>();
        builder.Services.AddScoped<StatementWriter>();
        builder.Services.AddScoped<OrganisationWriter>();
        builder.Services.AddScoped<OrganisationQueries>();
        builder.Services.AddScoped<OrganisationDemo>();
        builder.Services.AddScoped<ConfidentialVault>();
        builder.Services.AddScoped<ConfidentialAccess>();
        builder.Services.AddScoped<ConfidentialCopies>();
        builder.Services.AddScoped<ShareLinks>();
        var permits = builder.Configuration.GetValue(ConfidentialRateLimit.Setting, ConfidentialRateLimit.DefaultPermitsPerWindow);
        if (permits < 1) throw new InvalidOperationException($"{ConfidentialRateLimit.Setting} must be at least 1.");
        builder.Services.AddSingleton(sp => new ConfidentialRateLimit(permits, sp));
        return builder;
    }

    public static WebApplication MapQalamOrganisation(this WebApplication app)
    {
        app.MapGet("/statements/{year:int}/{number:int}.pdf", StatementPdfAsync);
        // A translation's PDF lives under its language's prefix, as its page does (/en/statements/2026/3.pdf).
        app.MapGet($"/{{{Pages.LanguageAddresses.RouteKey}:{Pages.LanguagePrefix.Name}}}/statements/{{year:int}}/{{number:int}}.pdf", StatementPdfAsync);
        app.MapGet("/endorsements/{postId:int}/letter.pdf", LetterAsync);
        app.MapGet("/admin/documents/{key:guid}/download", DownloadAsync).RequireAuthorization(Policies.Staff);
        return app;
    }

    private static async Task<IResult> StatementPdfAsync(int year, int number, OrganisationQueries queries, SiteContext site,
        IStringLocalizer<OrganisationStrings> s, MediaStore media, HttpContext http, CancellationToken ct)
    {
        var languages = http.RequestServices.GetRequiredService<Localization.Languages>();
        http.RequestServices.GetRequiredService<ContentQueries>().ListingLanguage = Pages.LanguageLinks.RequestLanguage(http).Code;
        var statement = await queries.FindStatementAsync(year, number, ct);
        if (statement is null)
        {
            // Asked for in a language it has no text in: its original's PDF, as the page does.
            var has = await queries.ListStatementLanguagesAsync(year, number, ct);
            return has.Count == 0 ? Results.NotFound() : Results.Redirect(Urls.InLanguage(languages, has[0], OrganisationUrls.StatementPdf(year, number)), permanent: true);
        }
        var settings = await site.GetSettingsAsync(ct);
        var official = Feeds.SiteAddress.Root(http) + Urls.InLanguage(languages, statement.Language, statement.Path);
        var previous = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        // Its words (heading, labels) in the statement's language, as its page.
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = languages.Of(statement.Language).Interface;
        byte[] pdf;
        try
        {
            pdf = StatementPdf.Render(StatementDocuments.For(statement, settings, site, s, official, await LogoAsync(settings.LogoUrl, media, ct)));
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = previous;
        }
        http.Response.Headers.CacheControl = "public, max-age=300";
        return Results.File(pdf, "application/pdf", $"statement-{year}-{number}.pdf");
    }

    /// <summary>The site's logo for the letterhead, when it is a file in the media library (an address elsewhere is not fetched).</summary>
    private static async Task<byte[]?> LogoAsync(string? logoUrl, MediaStore media, CancellationToken ct)
    {
        if (logoUrl is null || !logoUrl.StartsWith("/media/", StringComparison.Ordinal)) return null;
        var root = Path.GetFullPath(media.Root) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(logoUrl["/media/".Length..].Split('?')[0])));
        return file.StartsWith(root, StringComparison.Ordinal) && File.Exists(file) ? await File.ReadAllBytesAsync(file, ct) : null;
    }

    /// <summary>
    /// A published endorsement's PDF letter, for its page to show in a frame (and to download with ?download=true). The same
    /// file under /media stays sandboxed and unframable; only here, and only while the endorsement is public, may the site frame it.
    /// </summary>
    private static async Task<IResult> LetterAsync(int postId, bool? download, OrganisationQueries queries, MediaStore media, HttpContext http, CancellationToken ct)
    {
        var endorsement = await queries.FindEndorsementAsync(postId, ct);
        if (endorsement is not { LetterPath: { } path, LetterType: "application/pdf" }) return Results.NotFound();
        var full = Path.Combine(media.Root, path);
        if (!File.Exists(full)) return Results.NotFound();
        var h = http.Response.Headers;
        SecurityHeaders.AllowSameOriginFraming(http);
        h["Cross-Origin-Resource-Policy"] = "same-origin";
        // Short, like the statement PDF: unpublishing the endorsement withdraws the letter within minutes.
        h.CacheControl = "public, max-age=300";
        h.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = download != true, FileName = $"endorsement-{postId}-letter.pdf" }.ToString();
        return Results.File(full, "application/pdf", enableRangeProcessing: true);
    }

    /// <summary>A stamped copy for a signed-in reader who has access; anyone else gets the same 404 as for a document that does not exist.</summary>
    private static async Task<IResult> DownloadAsync(Guid key, ConfidentialAccess access, ConfidentialCopies copies, ConfidentialRateLimit limits,
        AuditLog audit, QalamDb db, HttpContext http, CancellationToken ct)
    {
        var reader = await access.ReaderAsync(http.User, ct);
        // Counted before the access check, so guessing keys spends the same allowance as downloading.
        if (await limits.TryAcquireAsync(reader is null ? null : $"person:{reader.Id}", http) is not null)
        {
            await copies.RecordLimitedAsync($"confidential:{key:D}", "confidential-download", reader is null ? null : new(reader.Id, null, reader.Name, reader.Email), ct);
            // No body: the status code pages answer with the site's "too many requests" page.
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var doc = reader is null ? null : await access.FindReadableAsync(reader, key, ct);
        if (reader is null || doc is null)
        {
            audit.Record("confidential-denied", $"confidential:{key:D}", "download");
            await db.SaveChangesAsync(ct);
            return Results.NotFound();
        }
        var file = await copies.IssueAsync(doc, "confidential-download", new ConfidentialCopies.Recipient(reader.Id, null, reader.Name, reader.Email), ct);
        // No body: the status code pages answer with the site's "file unavailable" page.
        return file is null ? Results.StatusCode(StatusCodes.Status410Gone) : ConfidentialFile(http, file);
    }

    /// <summary>Headers for a confidential file: always a download, never cached, never indexed, never sniffed.</summary>
    public static IResult ConfidentialFile(HttpContext http, StampedFile file)
    {
        var h = http.Response.Headers;
        h.CacheControl = "private, no-store";
        h["Referrer-Policy"] = "no-referrer";
        h["X-Robots-Tag"] = "noindex, nofollow, noarchive";
        h["Cross-Origin-Resource-Policy"] = "same-origin";
        h["X-Qalam-Copy"] = file.CopyId.ToString("D");
        return Results.File(file.Bytes, file.ContentType, file.FileName);
    }
}
