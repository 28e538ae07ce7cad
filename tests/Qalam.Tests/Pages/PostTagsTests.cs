using Qalam.Content;
using Qalam.Pages;

namespace Qalam.Tests.Pages;

public sealed class PostTagsTests
{
    private static readonly TermRef Training = new("التدريب", "التدريب");
    private static readonly TermRef Digital = new("ليبيا الرقمية", "ليبيا-الرقمية");

    [Theory]
    // One reason per row: what the stored text links decides which chips remain.
    [InlineData("<p>نص بلا وسوم.</p>", new[] { "التدريب", "ليبيا-الرقمية" })]
    [InlineData("<p>نص <a href=\"/tag/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D8%A7%D9%84%D8%B1%D9%82%D9%85%D9%8A%D8%A9\" class=\"hashtag\" rel=\"tag\">#ليبيا_الرقمية</a></p>", new[] { "التدريب" })]
    [InlineData("<p>ليبيا الرقمية مكتوبة نصًا، لا رابطًا.</p>", new[] { "التدريب", "ليبيا-الرقمية" })]
    [InlineData("<p><a href=\"/tag/%D8%A7%D9%84%D8%AA%D8%AF%D8%B1%D9%8A%D8%A8-2\">وسم آخر يبدأ بالاسم نفسه</a></p>", new[] { "التدريب", "ليبيا-الرقمية" })]
    public void NotInText_keeps_the_tags_the_text_does_not_link(string body, string[] expected) =>
        Assert.Equal(expected, PostTags.NotInText([Training, Digital], body).Select(t => t.Slug));

    [Fact]
    public void Hashtags_linked_as_the_writer_stores_them_are_not_repeated()
    {
        var body = PostBody.Prepare("<p>انطلق البرنامج #ليبيا_الرقمية #التدريب</p>").Html;
        Assert.Empty(PostTags.NotInText([Training, Digital], body));
    }
}

public sealed class ShareTargetsTests
{
    [Fact]
    public void Each_network_gets_the_title_and_the_address_encoded_as_one_query_value_each()
    {
        const string address = "https://waha.example/%D8%A8%D9%8A%D8%A7%D9%86";
        const string url = "https%3A%2F%2Fwaha.example%2F%25D8%25A8%25D9%258A%25D8%25A7%25D9%2586";
        // The ampersand in the title must not end the value early.
        const string title = "%D8%A8%D9%8A%D8%A7%D9%86%20%26%20%D8%AA%D9%88%D8%B6%D9%8A%D8%AD";
        Assert.Equal(
            [
                ("WhatsApp", $"https://wa.me/?text={title}%20{url}"),
                ("Telegram", $"https://t.me/share/url?url={url}&text={title}"),
                ("Facebook", $"https://www.facebook.com/sharer/sharer.php?u={url}"),
                ("X", $"https://x.com/intent/post?url={url}&text={title}"),
                ("Email", $"mailto:?subject={title}&body={url}"),
            ],
            ShareTargets.For("بيان & توضيح", address).Select(t => (t.Key, t.Href)));
    }
}
