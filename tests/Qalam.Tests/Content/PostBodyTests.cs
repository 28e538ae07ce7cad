using AngleSharp.Html.Parser;
using Qalam.Content;

namespace Qalam.Tests.Content;

public sealed class PostBodyTests
{
    // Each body carries an attack; what comes out must keep the text and lose the attack.
    public static TheoryData<string, string> Attacks => new()
    {
        { "<p>مرحبا</p><script>alert('x')</script>", "script tag" },
        { "<p>مرحبا<SCRIPT SRC=//evil.example/x.js></SCRIPT></p>", "upper-case script with src" },
        { "<p onclick=\"alert(1)\">مرحبا</p>", "event handler attribute" },
        { "<img src=\"/media/a.png\" onerror=\"alert(1)\" alt=\"صورة\"><p>مرحبا</p>", "onerror on an image" },
        { "<p><a href=\"javascript:alert(1)\">مرحبا</a></p>", "javascript: URL" },
        { "<p><a href=\"JaVaScRiPt:alert(1)\">مرحبا</a></p>", "mixed-case javascript: URL" },
        { "<p><a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">مرحبا</a></p>", "entity-encoded javascript: URL" },
        { "<p><a href=\"&#x6A;avascript&colon;alert(1)\">مرحبا</a></p>", "hex entities and &colon;" },
        { "<p><a href=\" java\tscript:alert(1)\">مرحبا</a></p>", "javascript: URL with a tab and a space" },
        { "<p><a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">مرحبا</a></p>", "data: URL in a link" },
        { "<p>مرحبا</p><img src=\"data:image/svg+xml,<svg onload=alert(1)>\">", "data: URL in an image" },
        { "<p>مرحبا</p><iframe src=\"https://evil.example/\"></iframe>", "iframe" },
        { "<p>مرحبا</p><object data=\"x.swf\"></object><embed src=\"x.swf\">", "object and embed" },
        { "<p style=\"width: expression(alert(1))\">مرحبا</p>", "style attribute with expression()" },
        { "<p style=\"background:url(javascript:alert(1))\">مرحبا</p>", "style attribute with url(javascript:)" },
        { "<style>body{background:url(javascript:alert(1))}</style><p>مرحبا</p>", "style tag" },
        { "<p>مرحبا</p><form action=\"https://evil.example/\"><input name=\"password\"></form>", "form" },
        { "<svg><script>alert(1)</script></svg><p>مرحبا</p>", "script inside svg" },
        { "<p>مرحبا</p><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "mutation XSS through math and style" },
        { "<p>مرحبا</p><base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">", "base and meta refresh" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Prepare_removes_the_attack_and_keeps_the_text(string body, string attack)
    {
        var html = PostBody.Prepare(body).Html;
        var doc = new HtmlParser().ParseDocument($"<body>{html}</body>");
        Assert.Contains("مرحبا", doc.Body!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("script, style, iframe, object, embed, form, input, base, meta, link"));
        Assert.All(doc.All, e =>
        {
            Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.Null(e.GetAttribute("style"));
            foreach (var name in new[] { "href", "src", "action", "data", "formaction" })
            {
                if (e.GetAttribute(name) is not { } url) continue;
                var scheme = url.Trim().Split(':', 2)[0].ToLowerInvariant();
                Assert.True(!url.Contains(':', StringComparison.Ordinal) || scheme is "http" or "https" or "mailto" or "tel", $"{attack}: kept {name}=\"{url}\"");
            }
        });
    }

    [Fact]
    public void Prepare_keeps_ordinary_formatting_direction_and_safe_links()
    {
        var body = "<h2 dir=\"rtl\">عنوان</h2><p>نص <strong>مهم</strong> و<a href=\"https://example.org/a?b=1\">رابط</a>.</p><blockquote><p>اقتباس</p></blockquote><ul><li>بند</li></ul><p lang=\"en\" dir=\"ltr\">English</p>";
        var html = PostBody.Prepare(body).Html;
        Assert.Contains("<h2 dir=\"rtl\">عنوان</h2>", html);
        Assert.Contains("<strong>مهم</strong>", html);
        Assert.Contains("href=\"https://example.org/a?b=1\"", html);
        Assert.Contains("<blockquote><p>اقتباس</p></blockquote>", html);
        Assert.Contains("<p lang=\"en\" dir=\"ltr\">English</p>", html);
    }

    [Theory]
    [InlineData("<p>ندعم #المؤسسة_الليبية_للتقنية اليوم</p>", "المؤسسة_الليبية_للتقنية", "المؤسسة-الليبية-للتقنية")]
    [InlineData("<p>#ليبيا_الرقمية</p>", "ليبيا_الرقمية", "ليبيا-الرقمية")]
    [InlineData("<p>وسم بالإنجليزية #OpenData هنا</p>", "OpenData", "opendata")]
    public void Hashtags_become_links_to_their_tag(string body, string hashtag, string slug)
    {
        var prepared = PostBody.Prepare(body);
        Assert.Equal([hashtag], prepared.Hashtags);
        var link = new HtmlParser().ParseDocument($"<body>{prepared.Html}</body>").QuerySelector("a.hashtag")!;
        Assert.Equal("#" + hashtag, link.TextContent);
        Assert.Equal("/tag/" + Uri.EscapeDataString(slug), link.GetAttribute("href"));
    }

    [Theory]
    [InlineData("<p>رقم الغرفة 5#</p>")]
    [InlineData("<p><a href=\"https://example.org/#section\">رابط</a></p>")]
    [InlineData("<pre><code>#include &lt;stdio.h&gt;</code></pre>")]
    [InlineData("<p>&#1605;</p>")]
    public void Text_that_only_looks_like_a_hashtag_is_left_alone(string body)
    {
        var prepared = PostBody.Prepare(body);
        Assert.Empty(prepared.Hashtags);
        Assert.DoesNotContain("class=\"hashtag\"", prepared.Html);
    }

    private static AngleSharp.Dom.IElement BodyOf(string html) => new HtmlParser().ParseDocument($"<body>{PostBody.Prepare(html).Html}</body>").Body!;

    // What an article needs no part of: form controls (phishing inside an article), focus and editing tricks, DOM clobbering by name or id.
    [Theory]
    [InlineData("<p>نص</p><input type=\"text\" value=\"كلمة السر\">", "input", "input")]
    [InlineData("<p>نص</p><button type=\"submit\">أرسل</button>", "button", "button")]
    [InlineData("<p>نص</p><textarea>اكتب هنا</textarea>", "textarea", "textarea")]
    [InlineData("<p>نص</p><select><option>خيار</option></select>", "select, option", "select")]
    [InlineData("<p>نص</p><label for=\"x\">تسمية</label><fieldset><legend>مجموعة</legend></fieldset>", "label, fieldset, legend", "label and fieldset")]
    [InlineData("<p contenteditable=\"true\">نص</p>", "[contenteditable]", "contenteditable")]
    [InlineData("<p tabindex=\"1\">نص</p>", "[tabindex]", "tabindex")]
    [InlineData("<p><a name=\"cookie\" href=\"https://example.org/\">نص</a></p><img name=\"forms\" src=\"/media/a.png\">", "[name]", "name")]
    [InlineData("<p id=\"location\">نص</p>", "[id]", "id")]
    public void Prepare_removes_what_articles_do_not_need(string body, string selector, string what)
    {
        var html = BodyOf(body);
        Assert.True(html.QuerySelectorAll(selector).Length == 0, $"{what} kept: {html.InnerHtml}");
    }

    // What articles are made of, with the attributes that carry meaning.
    [Theory]
    [InlineData("<h3 dir=\"auto\">عنوان</h3>", "h3[dir=auto]")]
    [InlineData("<ol start=\"3\"><li>بند</li></ol>", "ol[start='3'] > li")]
    [InlineData("<p><a href=\"https://example.org/\" title=\"مثال\">رابط</a></p>", "a[href='https://example.org/'][title]")]
    [InlineData("<figure><img src=\"/media/a.jpg\" alt=\"صورة\" width=\"800\" height=\"600\" loading=\"lazy\" srcset=\"/media/a-400.jpg 400w\" sizes=\"100vw\"><figcaption>تعليق</figcaption></figure>",
        "figure > img[alt][width][height][loading][srcset][sizes] + figcaption")]
    [InlineData("<picture><source srcset=\"/media/a.webp\" type=\"image/webp\"><img src=\"/media/a.jpg\" alt=\"\"></picture>", "picture > source[srcset][type] + img")]
    [InlineData("<table><caption>جدول</caption><thead><tr><th scope=\"col\">أ</th></tr></thead><tbody><tr><td colspan=\"2\">ب</td></tr></tbody></table>", "table > tbody > tr > td[colspan='2']")]
    [InlineData("<blockquote cite=\"https://example.org/\"><p>اقتباس</p></blockquote>", "blockquote[cite] > p")]
    [InlineData("<pre><code>var x = 1;</code></pre>", "pre > code")]
    [InlineData("<p lang=\"en\" dir=\"ltr\">English <bdi>نص</bdi></p>", "p[lang=en][dir=ltr] > bdi")]
    [InlineData("<video controls src=\"/media/v.mp4\"></video>", "video[controls][src]")]
    public void Prepare_keeps_what_articles_are_made_of(string body, string selector)
    {
        var html = BodyOf(body);
        Assert.True(html.QuerySelector(selector) is not null, $"{selector} lost: {html.InnerHtml}");
    }

    [Theory]
    [InlineData("<p><a href=\"https://example.org/\" target=\"_blank\">رابط</a></p>")]
    [InlineData("<p><a href=\"https://example.org/\" target=\"_blank\" rel=\"opener\">رابط</a></p>")]
    [InlineData("<p><a href=\"https://example.org/\" target=\"_BLANK\" rel=\"nofollow\">رابط</a></p>")]
    public void A_link_opening_a_new_tab_gets_noopener_and_noreferrer(string body)
    {
        var link = BodyOf(body).QuerySelector("a")!;
        var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("noopener", rel);
        Assert.Contains("noreferrer", rel);
        Assert.DoesNotContain("opener", rel);
    }

    [Theory]
    [InlineData("<p>أولًا</p><p>ثانيًا</p>", "أولًا ثانيًا")]
    [InlineData("<ul><li>واحد</li><li>اثنان<br>ثلاثة</li></ul>", "واحد اثنان ثلاثة")]
    [InlineData("<p>كلمة<strong>واحدة</strong> <em>و</em>أخرى</p>", "كلمةواحدة وأخرى")]
    [InlineData("<table><tr><td>أ</td><td>ب</td></tr><tr><td>ج</td></tr></table>", "أب ج")]
    [InlineData("<div><blockquote><p>  مقتبس\n  </p></blockquote></div>نهاية &amp; تمت", "مقتبس نهاية & تمت")]
    public void ToText_puts_a_space_after_each_block_and_nowhere_else(string html, string expected) =>
        Assert.Equal(expected, PostBody.ToText(html));

    [Fact]
    public void ToText_of_a_body_of_many_paragraphs_takes_time_in_proportion()
    {
        // Found by sending the html fuzz target a long body: 40,000 paragraphs took 7.7 s, four times 20,000 (quadratic).
        var body = string.Concat(Enumerable.Repeat("<p>سطر</p>", 100_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var text = PostBody.ToText(body);
        watch.Stop();
        Assert.Equal(100_000 * 4 - 1, text.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{watch.Elapsed.TotalSeconds:F1} s for 100,000 paragraphs");
    }
}
