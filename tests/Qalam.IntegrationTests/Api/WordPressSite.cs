using Qalam.Import;
using Qalam.IntegrationTests.Infrastructure;
using static Qalam.IntegrationTests.Import.Wxr;

namespace Qalam.IntegrationTests.Api;

/// <summary>
/// A WordPress site moved into Qalam by its export: author 2, category 7, a published post 123 with featured image 42,
/// a draft 124 and a private post 125 (which must never be read), and a page 130.
/// </summary>
public sealed class WordPressSite : IAsyncLifetime
{
    public QalamFactory Factory { get; } = new(demo: false);
    public HttpClient Client { get; private set; } = null!;

    private static string Export() => Document("""
        <wp:category><wp:term_id>7</wp:term_id><wp:category_nicename><![CDATA[tripoli]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[طرابلس]]></wp:cat_name></wp:category>
        <wp:tag><wp:term_id>9</wp:term_id><wp:tag_slug><![CDATA[water]]></wp:tag_slug><wp:tag_name><![CDATA[مياه]]></wp:tag_name></wp:tag>
        """ +
        Attachment(42, "2026/01/photo.png", "افتتاح المقر") +
        Post(123, "خبر من طرابلس", "news-from-tripoli", content: "<p>افتتحت المؤسسة مقرها في طرابلس.</p>", extra: """
            <category domain="category" nicename="tripoli"><![CDATA[طرابلس]]></category>
            <category domain="post_tag" nicename="water"><![CDATA[مياه]]></category>
            <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>42</wp:meta_value></wp:postmeta>
            """) +
        Post(124, "مسودة سرية", "secret-draft", status: "draft", content: "<p>مسودة سرية</p>") +
        Post(125, "تدوينة خاصة سرية", "private-note", status: "private", content: "<p>خاصة سرية</p>", extra: """
            <category domain="category" nicename="tripoli"><![CDATA[طرابلس]]></category>
            """) +
        Post(130, "من نحن", "about", type: "page", content: "<p>مؤسسة أهلية.</p>"));

    public async Task InitializeAsync()
    {
        var uploads = Directory.CreateDirectory(Path.Combine(Factory.DataDirectory, "old-uploads", "2026", "01")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(uploads, "photo.png"), Png);
        await Factory.ImportAsync(new ImportOptions(await Factory.WriteAsync(Export()), UploadsDirectory: Path.Combine(Factory.DataDirectory, "old-uploads")));
        Client = Factory.CreateBrowserlessClient();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
