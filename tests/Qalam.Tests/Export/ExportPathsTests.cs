using System.Text;
using Qalam.Content;
using Qalam.Export;

namespace Qalam.Tests.Export;

public sealed class ExportPathsTests
{
    [Theory]
    [InlineData("/", "index.html")]                                                  // the home page
    [InlineData("/?page=3", "page/3/index.html")]                                    // a query names no file: pages become folders
    [InlineData("/?page=1", "index.html")]                                           // page 1 is the archive itself
    [InlineData("/about-us", "about-us/index.html")]                                 // a page is a folder a file server answers for
    [InlineData("/about-us/", "about-us/index.html")]                                // one page, however the link is spelt
    [InlineData("/%D8%A8%D9%8A%D8%A7%D9%86-%D8%B1%D9%82%D9%85-1", "بيان-رقم-1/index.html")] // Arabic slugs become Arabic names
    [InlineData("/tag/%D8%A3%D8%AF%D9%84%D8%A9?page=2", "tag/أدلة/page/2/index.html")]
    [InlineData("/2026/11/?page=2", "2026/11/page/2/index.html")]                   // a month archive's second page
    [InlineData("/feed", "feed.xml")]                                                // a feed is a file beside its folder …
    [InlineData("/feed/atom", "feed/atom.xml")]                                      // … which holds the Atom feed
    [InlineData("/author/salma/feed", "author/salma/feed.xml")]
    [InlineData("/tag/%D8%A3%D8%AF%D9%84%D8%A9/feed/atom", "tag/أدلة/feed/atom.xml")]
    [InlineData("/tag/feed", "tag/feed/index.html")]                                 // a tag named "feed" is still a page
    [InlineData("/css/site.css?v=D7QM", "css/site.css")]                            // a file's own query asks for the same bytes
    [InlineData("/media/2026/12/letter.pdf?download=true", "media/2026/12/letter.pdf")]
    [InlineData("/statements/2026/1.pdf", "statements/2026/1.pdf")]
    [InlineData("/sitemap-2.xml", "sitemap-2.xml")]
    public void FileFor_gives_each_address_a_file_a_file_server_finds(string address, string expected) =>
        Assert.Equal(expected, ExportPaths.FileFor(address));

    [Theory]
    [InlineData("/search?q=x")]              // answers differ by query: no one file stands for them
    [InlineData("/x?comment=sent")]
    [InlineData("/%2e%2e/etc/passwd")]       // never a name outside the folder
    [InlineData("/a%2Fb")]
    [InlineData("https://example.org/")]     // not a path
    public void FileFor_refuses_what_no_file_can_stand_for(string address) =>
        Assert.Null(ExportPaths.FileFor(address));

    [Fact]
    public void FileFor_composes_decomposed_arabic_to_nfc()
    {
        var decomposed = Slug.Encode("آمنة".Normalize(NormalizationForm.FormD));
        Assert.Equal("tag/آمنة/index.html", ExportPaths.FileFor("/tag/" + decomposed));
    }

    [Theory]
    [InlineData("/?page=2", "/page/2/")]
    [InlineData("/author/salma?page=3#main", "/author/salma/page/3/#main")]
    [InlineData("/2026/11/?page=2", "/2026/11/page/2/")]
    [InlineData("/?page=1", "/")]
    [InlineData("/feed", "/feed.xml")]
    [InlineData("/category/news/feed/atom", "/category/news/feed/atom.xml")]
    [InlineData("/about-us", "/about-us")]                                  // a file server sends /x on to x/
    [InlineData("/%D8%A3%D8%AF%D9%84%D8%A9", "/%D8%A3%D8%AF%D9%84%D8%A9")] // links stay percent-encoded
    [InlineData("/css/site.css?v=D7QM", "/css/site.css?v=D7QM")]
    [InlineData("/search?q=x&page=2", "/search?q=x&page=2")]
    public void LinkFor_points_links_at_the_files(string link, string expected) =>
        Assert.Equal(expected, ExportPaths.LinkFor(link));
}
