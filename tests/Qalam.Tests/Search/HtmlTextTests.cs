using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>أطلقت المؤسسة</p><p>برنامجًا</p>", "أطلقت المؤسسة برنامجًا")]               // blocks separate words
    [InlineData("<p>ال<strong>مؤسسة</strong> الليبية</p>", "المؤسسة الليبية")]                     // inline tags do not
    [InlineData("<ul><li>أولًا</li><li>ثانيًا</li></ul>", "أولًا ثانيًا")]
    [InlineData("<p>A &amp; B &lt;tag&gt; &#1576;</p>", "A & B <tag> ب")]                          // entities decoded
    [InlineData("<p>نص</p><style>p{}</style><script>x()</script>", "نص")]                            // hidden content dropped
    [InlineData("<p><a class=\"hashtag\" href=\"/tag/x\">#ليبيا_الرقمية</a></p>", "#ليبيا_الرقمية")]
    [InlineData("", "")]
    public void FromHtml_gives_the_words_a_reader_sees(string html, string text) => Assert.Equal(text, HtmlText.FromHtml(html));
}
