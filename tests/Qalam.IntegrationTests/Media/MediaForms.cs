using System.Net.Http.Headers;
using AngleSharp.Dom;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Media;

/// <summary>Uploading through the library's real form: the page's antiforgery token, a multipart body, the file's own name.</summary>
public static class MediaForms
{
    public const string UploadForm = "form[enctype='multipart/form-data']";

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] file, string fileName, string? alt = "وصف الصورة", string? title = null, string? token = null)
    {
        token ??= (await client.GetDocumentAsync("/admin/media")).Token(UploadForm);
        using var body = new MultipartFormDataContent();
        if (token.Length > 0) body.Add(new StringContent(token), Forms.TokenField);
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg"); // what a browser says for *.jpg, whatever is inside
        body.Add(content, "Upload", fileName);
        if (alt is not null) body.Add(new StringContent(alt), "AltText");
        if (title is not null) body.Add(new StringContent(title), "Title");
        return await client.PostAsync("/admin/media?handler=Upload", body);
    }

    /// <summary>The refusal shown beside the upload form.</summary>
    public static string? Alert(this IDocument doc) => doc.QuerySelector("main [role=alert]")?.TextContent.Trim();
}
