using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Accounts;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Organisation;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>Test data made through the app's own services and forms.</summary>
public static class OrganisationSeed
{
    /// <summary>A draft statement, saved through PostWriter as the admin does.</summary>
    public static async Task<int> DraftStatementAsync(this QalamFactory factory, string title, string body = "<p>نص البيان.</p>")
    {
        var id = 0;
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var writer = sp.GetRequiredService<PostWriter>();
            var author = await db.People.FirstAsync();
            var post = new Post { Title = title, Slug = "", Kind = PostKind.Statement, AuthorId = author.Id };
            db.Posts.Add(post);
            db.Statements.Add(new Statement { Post = post, SignatureBlock = "المؤسسة الليبية للتقنية", SignedOn = new DateOnly(2026, 1, 18) });
            await writer.ApplyBodyAsync(post, body);
            await writer.SetSlugAsync(post, null);
            writer.Touch(post, author.Id);
            await db.SaveChangesAsync();
            id = post.Id;
        });
        return id;
    }

    public static async Task<Statement> PublishStatementAsync(this QalamFactory factory, int postId)
    {
        Statement? result = null;
        await factory.WithScopeAsync(async sp => result = await sp.GetRequiredService<StatementPublisher>().PublishAsync(postId));
        return result!;
    }

    /// <summary>GETs a page and submits its multipart form (selected by <paramref name="formSelector"/>) with fields and one file.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string pageUrl, string formSelector,
        IDictionary<string, string> fields, string fileField, byte[] file, string fileName, string? action = null)
    {
        var doc = await client.GetDocumentAsync(pageUrl);
        var content = new MultipartFormDataContent { { new StringContent(doc.Token(formSelector)), Forms.TokenField } };
        foreach (var (k, v) in fields) content.Add(new StringContent(v), k);
        if (file.Length > 0) content.Add(new ByteArrayContent(file), fileField, fileName);
        return await client.PostAsync(action ?? pageUrl, content);
    }

    /// <summary>A real PDF of several pages with a known phrase on each, made with PdfPig's builder.</summary>
    public static byte[] Pdf(int pages, string phrase)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText($"{phrase} page {i}", 14, new UglyToad.PdfPig.Core.PdfPoint(72, 720), font);
        }
        return builder.Build();
    }

    /// <summary>An administrator uploads a confidential PDF through the admin and grants it to a role; returns its key.</summary>
    public static async Task<Guid> UploadConfidentialAsync(this QalamFactory factory, HttpClient admin, string title, Role grantRole)
    {
        var upload = await admin.PostMultipartAsync("/admin/organisation/confidential", "main form[enctype]",
            new Dictionary<string, string> { ["Title"] = title }, "Upload", Pdf(2, "Confidential terms"), "contract.pdf");
        if (upload.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Upload failed: {(int)upload.StatusCode}");
        var key = Guid.Parse(upload.Headers.Location!.OriginalString.Split('/').Last());
        var manage = $"/admin/organisation/confidential/{key}";
        await admin.PostFormAsync(manage, new Dictionary<string, string> { ["GrantRole"] = grantRole.ToString() }, $"{manage}?handler=grant", "#grant-form");
        return key;
    }

    /// <summary>An editor replaces a demo endorsement's letter through the admin's edit form; returns the post's id.</summary>
    public static async Task<int> GiveLetterAsync(this QalamFactory factory, string endorsementTitle, byte[] letter, string fileName = "letter.pdf")
    {
        var (postId, partnerId, on) = await factory.WithDbAsync(db => db.Endorsements.Where(e => e.Post.Title == endorsementTitle)
            .Select(e => ValueTuple.Create(e.PostId, e.PartnerId, e.EndorsedOn)).SingleAsync());
        var editor = await factory.SignedInClientAsync(Role.Editor);
        var edit = $"/admin/organisation/endorsements/{postId}";
        var page = await editor.GetDocumentAsync(edit);
        var response = await editor.PostMultipartAsync(edit, "#endorsement-edit-form", new Dictionary<string, string>
        {
            ["PartnerId"] = partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EndorsedOn"] = on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Version"] = page.Value("input[name=Version]")!,
        }, "Letter", letter, fileName);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Letter upload failed: {(int)response.StatusCode}");
        return postId;
    }

    public static string? Value(this IDocument doc, string selector) => doc.QuerySelector(selector)?.GetAttribute("value");
}
