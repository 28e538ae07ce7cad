using AngleSharp.Dom;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Search;

/// <summary>Reading the search page as a reader sees it.</summary>
public static class SearchPage
{
    public static Task<IDocument> SearchAsync(this HttpClient client, string q, string extra = "") =>
        client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(q) + extra);

    /// <summary>The slugs of the results, in order.</summary>
    public static IReadOnlyList<string> ResultSlugs(this IDocument doc) =>
        doc.QuerySelectorAll(".result-list h3 a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!.TrimStart('/'))).ToList();

    public static string Count(this IDocument doc) => doc.QuerySelector(".search-count")?.TextContent.Trim() ?? "";
}
