using Microsoft.EntityFrameworkCore;
using Qalam.Import;
using Qalam.IntegrationTests.Infrastructure;
using static Qalam.IntegrationTests.Import.Wxr;

namespace Qalam.IntegrationTests.Import;

/// <summary>Hostile and broken files: refused with a clear message, and the site left exactly as it was.</summary>
public sealed class WxrSafetyTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    private Task<(int, int, int, int)> CountsAsync() => _factory.WithDbAsync(async db =>
        (await db.Posts.CountAsync(), await db.People.CountAsync(), await db.Redirects.CountAsync(), await db.ImportedItems.CountAsync()));

    [Fact]
    public async Task An_export_with_an_external_entity_is_refused_and_nothing_is_read_from_disk()
    {
        var before = await CountsAsync();
        var xml = Document(Post(1, "&xxe;", "xxe")).Replace("<rss", "<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<rss");
        var e = await Assert.ThrowsAsync<WxrFormatException>(() => _factory.ImportXmlAsync(xml));
        Assert.Contains("DTD", e.Message);
        Assert.Equal(before, await CountsAsync());
        Assert.False(await _factory.WithDbAsync(db => db.Posts.AnyAsync(p => p.BodyHtml.Contains("root:"))));
    }

    [Fact]
    public async Task A_billion_laughs_export_is_refused_without_expansion()
    {
        var before = await CountsAsync();
        var bomb = "<!DOCTYPE rss [ <!ENTITY a \"aaaaaaaaaa\"> <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"> <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"> <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"> ]>\n<rss";
        var e = await Assert.ThrowsAsync<WxrFormatException>(() => _factory.ImportXmlAsync(Document(Post(1, "&d;", "bomb")).Replace("<rss", bomb)));
        Assert.True(e.Line > 0);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_truncated_export_names_the_line_and_imports_nothing()
    {
        var before = await CountsAsync();
        var full = Document(Post(1, "أول", "first") + Post(2, "ثان", "second") + Post(3, "ثالث", "third"));
        var truncated = full[..full.IndexOf("<wp:post_id>3", StringComparison.Ordinal)];
        var e = await Assert.ThrowsAsync<WxrFormatException>(() => _factory.ImportXmlAsync(truncated));
        Assert.Equal(truncated.Split('\n').Length, e.Line);
        Assert.Contains($"line {e.Line}", e.Message);
        // The whole file is read before anything is written, so the two complete posts did not come in either.
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_an_export_is_refused_with_a_clear_message()
    {
        var e = await Assert.ThrowsAsync<WxrFormatException>(() => _factory.ImportXmlAsync("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"));
        Assert.Contains("not a WordPress export", e.Message);
        Assert.Equal(2, e.Line);
    }
}
