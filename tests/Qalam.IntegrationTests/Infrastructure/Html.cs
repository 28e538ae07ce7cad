using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Qalam.IntegrationTests.Infrastructure;

public static class Html
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await response.ReadDocumentAsync();
    }

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await new HtmlParser().ParseDocumentAsync(html);
    }

    public static IReadOnlyList<string> Texts(this IDocument doc, string selector) =>
        doc.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
}
