using Qalam.IntegrationTests.Import;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Comments;

/// <summary>Comments brought over from WordPress show as new ones do: approved only, threaded, no e-mail or IP.</summary>
public sealed class ImportedCommentTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Imported_comments_show_threaded_with_their_moderation_state()
    {
        var comments = Wxr.Comment(1, "أحمد", "تعليق مستورد.", "1", 0) + Wxr.Comment(2, "ليلى", "رد مستورد.", "1", 1)
            + Wxr.Comment(3, "منتظر", "لم يعتمد بعد.", "0", 0) + Wxr.Comment(4, "مزعج", "رابط مزعج.", "spam", 0);
        await _factory.ImportXmlAsync(Wxr.Document(Wxr.Post(10, "مقال من ووردبريس", "wp-post", extra: comments)));

        var response = await _factory.CreateBrowserlessClient().GetAsync("/wp-post");
        var html = await response.Content.ReadAsStringAsync();
        var doc = await response.ReadDocumentAsync();

        Assert.Equal(["أحمد", "ليلى"], doc.Texts("#comments .comment-author"));
        Assert.Equal(["comment depth-0", "comment depth-1"], doc.QuerySelectorAll("#comments .comment").Select(c => c.ClassName!));
        Assert.DoesNotContain("hidden-1@example.org", html);
        Assert.DoesNotContain("203.0.113", html);
        Assert.DoesNotContain("لم يعتمد بعد", html);
        Assert.DoesNotContain("رابط مزعج", html);
    }
}
