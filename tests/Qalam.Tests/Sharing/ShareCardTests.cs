using Qalam.Content;
using Qalam.Sharing;

namespace Qalam.Tests.Sharing;

public sealed class ShareCardTests
{
    private static readonly SiteSettings Site = new() { Name = "مؤسسة واحة التقنية" };

    private static string PathOf(string title, SiteSettings? site = null, PostKind kind = PostKind.News, string language = "ar") =>
        ShareCard.For(7, title, kind, language, site ?? Site).Path;

    [Fact]
    public void The_address_names_the_post_and_a_hash_of_what_is_drawn() =>
        Assert.Matches("^/cards/7/[0-9a-f]{16}\\.png$", PathOf("بيان"));

    [Fact]
    public void Anything_drawn_on_the_card_changes_its_address()
    {
        var addresses = new[]
        {
            PathOf("عنوان"),
            PathOf("عنوان آخر"),
            PathOf("عنوان", kind: PostKind.Statement),
            PathOf("عنوان", language: "en"),
            PathOf("عنوان", new SiteSettings { Name = "اسم آخر" }),
            PathOf("عنوان", new SiteSettings { Name = Site.Name, LogoUrl = "/media/2026/11/logo.png" }),
            PathOf("عنوان", new SiteSettings { Name = Site.Name, Digits = DigitStyle.ArabicIndic }),
        };
        Assert.Equal(addresses.Length, addresses.Distinct().Count());
        Assert.Equal(PathOf("عنوان"), PathOf("عنوان"));
    }

    [Theory]
    [InlineData("ar", true)]
    [InlineData("fa", true)]
    [InlineData("en", false)]
    [InlineData("fr", false)]
    public void The_card_is_drawn_in_its_languages_direction(string language, bool rightToLeft) =>
        Assert.Equal(rightToLeft, ShareCard.For(7, "عنوان", PostKind.News, language, Site).RightToLeft);

    [Theory]
    [InlineData("/media/2026/11/logo.png", null, "2026/11/logo.png")]
    [InlineData("/media/2026/11/%D8%B4%D8%B9%D8%A7%D8%B1.png", null, "2026/11/شعار.png")]
    [InlineData("https://example.org/media/2026/11/logo.png?v=2", "https://example.org/", "2026/11/logo.png")]
    [InlineData("https://cdn.example.com/media/2026/11/logo.png", "https://example.org", null)] // elsewhere: never fetched
    [InlineData("/images/logo.png", null, null)]
    [InlineData(null, null, null)]
    public void Only_a_logo_in_the_media_library_is_drawn(string? url, string? publicUrl, string? expected) =>
        Assert.Equal(expected, ShareCardEndpoint.StoragePathOf(url, publicUrl));
}
