using System.Net;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Import;

/// <summary>Old WordPress links behave as WordPress's did: a hidden or missing post answers 404 and never gives its slug away.</summary>
/// <remarks>Every check reads an address of the same imported site, so the class imports it once into one shared app.</remarks>
public sealed class OldLinkTests(OldLinkTests.Site site) : IClassFixture<OldLinkTests.Site>
{
    private readonly QalamFactory _factory = site.Factory;

    private static string OldSlug(string slug) =>
        $"<wp:postmeta><wp:meta_key><![CDATA[_wp_old_slug]]></wp:meta_key><wp:meta_value><![CDATA[{slug}]]></wp:meta_value></wp:postmeta>";

    private static async Task ImportAsync(QalamFactory factory) => await factory.ImportXmlAsync(Wxr.Document(string.Join("\n",
        Wxr.Post(601, "مسودة سرية", "", status: "draft", extra: OldSlug("old-draft")),
        Wxr.Post(602, "خبر خاص", "private-news", status: "private", extra: OldSlug("old-private")),
        Wxr.Post(603, "خبر محذوف", "trashed-news__trashed", status: "trash"),
        Wxr.Post(604, "خبر مجدول", "scheduled-news", status: "future", date: "2099-01-01 08:00:00"),
        Wxr.Post(605, "بانتظار المراجعة", "pending-news", status: "pending"),
        Wxr.Post(606, "خبر منشور", "public-news", extra: OldSlug("old-public")),
        Wxr.Post(607, "صفحة مسودة", "draft-page", status: "draft", type: "page"))));

    [Theory]
    [InlineData("/?p=601")]
    [InlineData("/?p=602")]
    [InlineData("/?p=603")]
    [InlineData("/?p=604")]
    [InlineData("/?p=605")]
    [InlineData("/?page_id=607")]
    [InlineData("/?p=99999")]
    [InlineData("/?page_id=99999")]
    [InlineData("/?attachment_id=99999")]
    [InlineData("/old-draft")]
    [InlineData("/old-private")]
    [InlineData("/private-news")]
    [InlineData("/2026/01/24/private-news/")]
    public async Task The_old_address_of_a_hidden_or_missing_post_answers_404_and_names_nothing(string address)
    {
        var response = await _factory.CreateBrowserlessClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var secret in new[] { "private-news", "scheduled-news", "pending-news", "مسودة سرية", "خبر خاص" }) Assert.DoesNotContain(secret, html);
    }

    [Theory]
    [InlineData("/?p=606")]
    [InlineData("/old-public")]
    [InlineData("/2026/01/24/public-news/")]
    public async Task The_old_address_of_a_public_post_answers_301_with_its_new_one(string address)
    {
        var response = await _factory.CreateBrowserlessClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/public-news", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Other_query_strings_on_the_home_page_still_serve_it()
    {
        var response = await _factory.CreateBrowserlessClient().GetAsync("/?utm_source=whatsapp&fbclid=abc");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The app with the old site imported.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public QalamFactory Factory { get; } = new(demo: false);

        public Task InitializeAsync() => ImportAsync(Factory);

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
