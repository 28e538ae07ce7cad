using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;
using Qalam.Media;

namespace Qalam.IntegrationTests.Admin;

/// <summary>The post list and the media library search as readers' search does: hamza forms, harakat, the article.</summary>
/// <remarks>
/// The two tables of searches share one app, with the posts and the pictures written once: each case only reads, and
/// posts and pictures never show in each other's list. The drafts check adds posts the searches would find, so it
/// keeps an app of its own.
/// </remarks>
public sealed class AdminSearchTests(AdminSearchTests.Site site) : IClassFixture<AdminSearchTests.Site>, IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static async Task<IReadOnlyList<string>> PostTitlesAsync(HttpClient client, string q) =>
        (await client.GetDocumentAsync("/admin/posts?Q=" + Uri.EscapeDataString(q))).Texts("table.posts tbody td:nth-child(2) > a").Order().ToList();

    [Theory]
    [InlineData("اجتماع", "الإجتماع السنوي للجمعية")]                   // hamza and the article, in a published post
    [InlineData("الاجتماعات", "الإجتماع السنوي للجمعية")]               // a plural
    [InlineData("اسماء", "مَسودةُ أسماء المتدربين")]                     // a draft's title, harakat and hamza
    [InlineData("مسوده", "مَسودةُ أسماء المتدربين")]                     // taa marbuta typed as heh
    [InlineData("المتطوعين", "مَسودةُ أسماء المتدربين")]                 // a word only in a draft's text
    [InlineData("ميزانية", "")]                                         // in no post
    public async Task The_post_list_finds_posts_and_drafts_however_the_words_are_written(string q, string expected) =>
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), await PostTitlesAsync(site.Editor, q));

    [Fact]
    public async Task An_author_finds_only_the_drafts_they_may_see()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var author = await _factory.SignInAsync(Role.Author);
        await _factory.AddPostAsync(editor.Id, "مسودة المحرر عن الميزانية");
        await _factory.AddPostAsync(author.Id, "مسودة الكاتب عن الميزانية");

        Assert.Equal(["مسودة الكاتب عن الميزانية"], await PostTitlesAsync(author.Client, "ميزانيه"));
        Assert.Equal(["مسودة الكاتب عن الميزانية", "مسودة المحرر عن الميزانية"], await PostTitlesAsync(editor.Client, "الميزانيّة"));
    }

    [Theory]
    [InlineData("الجمعية", "صورة الأعضاء")]        // the alt text has «الجمعيّة», with a shadda
    [InlineData("جمعيه", "صورة الأعضاء")]          // without the article, heh for taa marbuta
    [InlineData("اعضاء", "صورة الأعضاء")]          // the title's hamza typed bare
    [InlineData("بنغازى", "خريطة بنغازي")]        // alef maqsura for yaa
    [InlineData("map", "خريطة بنغازي")]            // the file name
    [InlineData("ميزانية", "")]
    public async Task The_media_library_finds_names_and_alt_text_however_they_are_written(string q, string expected)
    {
        var doc = await site.Author.GetDocumentAsync("/admin/media?q=" + Uri.EscapeDataString(q));
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), doc.Texts(".media-name"));
    }

    /// <summary>The app with an editor's posts and an author's pictures, and both signed in.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public QalamFactory Factory { get; } = new(demo: false);
        public HttpClient Editor { get; private set; } = null!;
        public HttpClient Author { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var editor = await Factory.SignInAsync(Role.Editor);
            await Factory.AddPostAsync(editor.Id, "الإجتماع السنوي للجمعية", PostStatus.Published, publishAt: Factory.Clock.GetUtcNow().AddDays(-2));
            await Factory.AddPostAsync(editor.Id, "مَسودةُ أسماء المتدربين", body: "<p>قائمة المتطوعين في الورشة.</p>");
            await Factory.AddPostAsync(editor.Id, "خبر آخر", PostStatus.Published, publishAt: Factory.Clock.GetUtcNow().AddDays(-1));
            Editor = editor.Client;

            Author = await Factory.SignedInClientAsync(Role.Author);
            await Author.UploadAsync(MediaFiles.Png(30, 20), "members.png", alt: "أعضاء الجمعيّة في الورشة", title: "صورة الأعضاء");
            await Author.UploadAsync(MediaFiles.Png(30, 20), "benghazi-map.png", alt: "خريطة", title: "خريطة بنغازي");
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
