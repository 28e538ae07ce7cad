using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using static Qalam.IntegrationTests.Import.Wxr;

namespace Qalam.IntegrationTests.Import;

/// <summary>One WXR snippet per rule of the importer, each checked where a user would see it.</summary>
public sealed class WxrRulesTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_wordpress_status_keeps_its_meaning()
    {
        // The test clock is TemplateDatabase.Now; 2030 is in its future.
        var report = await _factory.ImportXmlAsync(Document(
            Post(1, "منشور", "published") + Post(2, "مجدول", "future", status: "future", date: "2030-05-01 09:00:00") +
            Post(3, "قيد المراجعة", "pending", status: "pending") + Post(4, "خاص", "private", status: "private") +
            Post(5, "مسودة", "draft", status: "draft") + Post(6, "محذوف", "trashed", status: "trash") +
            Post(7, "محمي", "protected", password: "secret") + Post(8, "مسودة تلقائية", "auto", status: "auto-draft")));

        var statuses = await _factory.WithDbAsync(db => db.Posts.ToDictionaryAsync(p => p.Title, p => (p.Status, p.PublishedUtc)));
        Assert.Equal(PostStatus.Published, statuses["منشور"].Status);
        Assert.Equal((PostStatus.Scheduled, new DateTimeOffset(2030, 5, 1, 9, 0, 0, TimeSpan.Zero)), statuses["مجدول"]);
        Assert.Equal(PostStatus.PendingReview, statuses["قيد المراجعة"].Status);
        Assert.Equal(PostStatus.Private, statuses["خاص"].Status);
        Assert.Equal((PostStatus.Draft, null), statuses["مسودة"]);
        Assert.Equal(PostStatus.Trash, statuses["محذوف"].Status);
        Assert.Equal(PostStatus.Private, statuses["محمي"].Status);
        Assert.DoesNotContain("مسودة تلقائية", statuses.Keys);
        Assert.Equal(["محمي"], report.ProtectedMadePrivate);
        Assert.Equal(1, report.Skipped["post/auto-draft (never written)"]);

        var client = _factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/published")).StatusCode);
        foreach (var hidden in new[] { "/future", "/pending", "/private", "/draft", "/trashed", "/protected" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(hidden)).StatusCode);
        }
    }

    [Fact]
    public async Task Encoded_slugs_are_decoded_to_nfc_and_parent_categories_keep_their_hierarchy()
    {
        // "أخبار" written with a decomposed hamza (U+0627 U+0654), percent-encoded, as an old plugin might.
        var decomposedAkhbar = Uri.EscapeDataString("ا\u0654خبار");
        await _factory.ImportXmlAsync(Document($"""
            <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename><![CDATA[{decomposedAkhbar}]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[أخبار]]></wp:cat_name></wp:category>
            <wp:category><wp:term_id>9</wp:term_id><wp:category_nicename><![CDATA[%d8%b7%d8%b1%d8%a7%d8%a8%d9%84%d8%b3]]></wp:category_nicename><wp:category_parent><![CDATA[{decomposedAkhbar}]]></wp:category_parent><wp:cat_name><![CDATA[طرابلس]]></wp:cat_name></wp:category>
            {Post(1, "خبر من طرابلس", "%d8%ae%d8%a8%d8%b1-%d9%85%d9%86-%d8%b7%d8%b1%d8%a7%d8%a8%d9%84%d8%b3", extra: """<category domain="category" nicename="%d8%b7%d8%b1%d8%a7%d8%a8%d9%84%d8%b3"><![CDATA[طرابلس]]></category>""")}
            """));

        var child = await _factory.WithDbAsync(db => db.Categories.Include(c => c.Parent).SingleAsync(c => c.Slug == "طرابلس"));
        Assert.Equal("أخبار", child.Parent!.Slug);
        Assert.Equal("خبر-من-طرابلس", await _factory.WithDbAsync(db => db.Posts.Select(p => p.Slug).SingleAsync()));
        var client = _factory.CreateBrowserlessClient();
        // The parent's archive lists its child category's posts; WordPress's nested address redirects.
        Assert.Contains("خبر من طرابلس", (await client.GetDocumentAsync("/category/" + Uri.EscapeDataString("أخبار"))).Texts("ol.post-list h2"));
        var nested = await client.GetAsync("/category/" + Uri.EscapeDataString("أخبار") + "/" + Uri.EscapeDataString("طرابلس") + "/");
        Assert.Equal(HttpStatusCode.MovedPermanently, nested.StatusCode);
        Assert.Equal("/category/" + Uri.EscapeDataString("طرابلس"), nested.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_very_long_encoded_slug_is_never_cut_inside_a_character()
    {
        var longSlug = string.Join("-", Enumerable.Repeat("المؤسسة", 40));
        await _factory.ImportXmlAsync(Document(Post(1, "طويل", Uri.EscapeDataString(longSlug))));
        var slug = await _factory.WithDbAsync(db => db.Posts.Select(p => p.Slug).SingleAsync());
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.All(slug.Split('-'), word => Assert.Equal("المؤسسة", word));
    }

    [Fact]
    public async Task Custom_taxonomies_stay_separate_from_categories_and_tags()
    {
        await _factory.ImportXmlAsync(Document($"""
            <wp:term><wp:term_id>20</wp:term_id><wp:term_taxonomy><![CDATA[series]]></wp:term_taxonomy><wp:term_slug><![CDATA[%d8%b3%d9%84%d8%b3%d9%84%d8%a9]]></wp:term_slug><wp:term_parent><![CDATA[]]></wp:term_parent><wp:term_name><![CDATA[سلسلة]]></wp:term_name></wp:term>
            {Post(1, "الحلقة الأولى", "episode-1", extra: """<category domain="series" nicename="%d8%b3%d9%84%d8%b3%d9%84%d8%a9"><![CDATA[سلسلة]]></category><category domain="post_tag" nicename="intro"><![CDATA[مقدمة]]></category>""")}
            """));
        var term = await _factory.WithDbAsync(db => db.Terms.Include(t => t.Posts).SingleAsync());
        Assert.Equal(("series", "سلسلة", "سلسلة"), (term.Taxonomy, term.Slug, term.Name));
        Assert.Equal("الحلقة الأولى", Assert.Single(term.Posts).Title);
        Assert.False(await _factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Slug == "سلسلة")));
        Assert.Equal(["intro"], await _factory.WithDbAsync(db => db.Tags.Select(t => t.Slug).ToListAsync()));
    }

    [Fact]
    public async Task Shortcodes_are_converted_unknown_ones_reported_and_the_body_sanitised()
    {
        var report = await _factory.ImportXmlAsync(Document(Post(1, "رموز", "codes", content: """
            فقرة أولى
            سطر ثان

            [embed]https://www.youtube.com/watch?v=abc[/embed]

            [contact-form-7 id="5"]
            <script>alert(1)</script>
            """)));
        Assert.Equal(1, report.UnknownShortcodes["contact-form-7"]);
        var body = await _factory.CreateBrowserlessClient().GetDocumentAsync("/codes");
        Assert.Equal("فقرة أولى\nسطر ثان", body.QuerySelector(".post-body p")!.TextContent.Trim());
        Assert.Equal("https://www.youtube.com/watch?v=abc", body.QuerySelector(".post-body p.embed a")!.GetAttribute("href"));
        Assert.Null(body.QuerySelector(".post-body script"));
    }

    [Fact]
    public async Task Comments_keep_moderation_state_and_threading_but_not_ip_addresses()
    {
        await _factory.ImportXmlAsync(Document(Post(1, "نقاش", "talk", extra: """
            <wp:comment><wp:comment_id>10</wp:comment_id><wp:comment_author><![CDATA[سالم]]></wp:comment_author><wp:comment_author_email>salem@example.invalid</wp:comment_author_email><wp:comment_author_IP>10.9.8.7</wp:comment_author_IP><wp:comment_date_gmt>2026-01-25 10:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[مقال مفيد]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>
            <wp:comment><wp:comment_id>11</wp:comment_id><wp:comment_author><![CDATA[Alaa Elsagier]]></wp:comment_author><wp:comment_author_IP>10.9.8.6</wp:comment_author_IP><wp:comment_date_gmt>2026-01-25 11:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[شكرًا لك]]></wp:comment_content><wp:comment_approved>0</wp:comment_approved><wp:comment_type><![CDATA[]]></wp:comment_type><wp:comment_parent>10</wp:comment_parent></wp:comment>
            <wp:comment><wp:comment_id>12</wp:comment_id><wp:comment_author><![CDATA[spam]]></wp:comment_author><wp:comment_date_gmt>2026-01-25 12:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[buy]]></wp:comment_content><wp:comment_approved>spam</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
            """)));
        var comments = await _factory.WithDbAsync(db => db.Comments.OrderBy(c => c.CreatedUtc).ToListAsync());
        Assert.Equal([CommentStatus.Approved, CommentStatus.Pending, CommentStatus.Spam], comments.Select(c => c.Status));
        Assert.Equal(comments[0].Id, comments[1].ParentId);
        Assert.Equal("<p>مقال مفيد</p>", comments[0].BodyHtml);
        Assert.Equal(new DateTimeOffset(2026, 1, 25, 10, 0, 0, TimeSpan.Zero), comments[0].CreatedUtc);
        Assert.DoesNotContain(comments, c => $"{c.AuthorName}{c.AuthorEmail}{c.AuthorUrl}{c.BodyHtml}".Contains("10.9.8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seo_fields_sticky_excerpt_and_old_slugs_come_across()
    {
        await _factory.ImportXmlAsync(Document(
            Post(1, "عنوان المقال", "seo", sticky: 1, extra: """
                <wp:postmeta><wp:meta_key>_yoast_wpseo_title</wp:meta_key><wp:meta_value><![CDATA[%%title%% %%sep%% %%sitename%%]]></wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>_yoast_wpseo_metadesc</wp:meta_key><wp:meta_value><![CDATA[وصف لمحركات البحث]]></wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>_wp_old_slug</wp:meta_key><wp:meta_value><![CDATA[old-name]]></wp:meta_value></wp:postmeta>
                """) +
            Post(2, "رانك ماث", "rank", extra: """
                <wp:postmeta><wp:meta_key>rank_math_title</wp:meta_key><wp:meta_value><![CDATA[عنوان مخصص]]></wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>rank_math_description</wp:meta_key><wp:meta_value><![CDATA[وصف رانك ماث]]></wp:meta_value></wp:postmeta>
                """)));
        var posts = await _factory.WithDbAsync(db => db.Posts.OrderBy(p => p.Id).ToListAsync());
        Assert.Equal(("عنوان المقال", "وصف لمحركات البحث", true), (posts[0].SeoTitle, posts[0].SeoDescription, posts[0].IsSticky));
        Assert.Equal(("عنوان مخصص", "وصف رانك ماث", false), (posts[1].SeoTitle, posts[1].SeoDescription, posts[1].IsSticky));
        var page = await _factory.CreateBrowserlessClient().GetDocumentAsync("/seo");
        Assert.Equal("وصف لمحركات البحث", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.StartsWith("عنوان مخصص – ", (await _factory.CreateBrowserlessClient().GetDocumentAsync("/rank")).Title);
        var old = await _factory.CreateBrowserlessClient().GetAsync("/2026/01/24/old-name/");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/seo", old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Pages_answer_their_page_id_address_and_stay_out_of_the_news_stream()
    {
        await _factory.ImportXmlAsync(Document(Post(30, "من نحن", "about", type: "page")));
        var client = _factory.CreateBrowserlessClient();
        var response = await client.GetAsync("/?page_id=30");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/about", response.Headers.Location!.OriginalString);
        Assert.Equal(PostKind.Page, await _factory.WithDbAsync(db => db.Posts.Select(p => p.Kind).SingleAsync()));
    }

    [Fact]
    public async Task A_newer_export_updates_what_changed_and_adds_what_is_new()
    {
        await _factory.ImportXmlAsync(Document(Post(1, "قديم", "one") + Post(2, "ثابت", "two")));
        var report = await _factory.ImportXmlAsync(Document(
            Post(1, "قديم", "one-renamed", content: "<p>نص معدل</p>", date: "2026-01-24 08:00:00") + Post(2, "ثابت", "two") + Post(3, "جديد", "three")));
        Assert.Equal((1, 1, 1), (report.Created, report.Updated, report.Unchanged));
        var client = _factory.CreateBrowserlessClient();
        Assert.Equal("نص معدل", (await client.GetDocumentAsync("/one-renamed")).QuerySelector(".post-body")!.TextContent.Trim());
        var moved = await client.GetAsync("/one");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/one-renamed", moved.Headers.Location!.OriginalString);
        Assert.Equal(3, await _factory.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Fact]
    public async Task An_author_map_merges_a_wordpress_login_into_an_existing_person_and_keeps_the_old_archive_address()
    {
        await _factory.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("salma@example.org", "سلمى الورفلي", Role.Editor, null));
        var people = await _factory.WithDbAsync(db => db.People.CountAsync());
        var map = Path.Combine(_factory.DataDirectory, "authors.csv");
        await File.WriteAllTextAsync(map, "# login,email\nalaa,salma@example.org\n");
        await _factory.ImportAsync(new Qalam.Import.ImportOptions(await _factory.WriteAsync(Document(Post(1, "مقال", "article"))), AuthorMapPath: map));

        var author = await _factory.WithDbAsync(db => db.Posts.Select(p => p.Author).SingleAsync());
        Assert.Equal("سلمى الورفلي", author.DisplayName);
        Assert.Equal(people, await _factory.WithDbAsync(db => db.People.CountAsync()));
        var old = await _factory.CreateBrowserlessClient().GetAsync("/author/alaa");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/author/" + Uri.EscapeDataString(author.Slug), old.Headers.Location!.OriginalString);
    }
}
