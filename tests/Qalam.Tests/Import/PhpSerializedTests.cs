using Qalam.Import;

namespace Qalam.Tests.Import;

public sealed class PhpSerializedTests
{
    [Theory]
    // Polylang's translation group of a post: language slug → post id.
    [InlineData("""a:2:{s:2:"ar";i:12;s:2:"en";i:15;}""", "ar=12 en=15")]
    // Polylang Pro keeps which translations are synchronised in the same array: not a translation.
    [InlineData("""a:3:{s:2:"ar";i:45;s:2:"en";i:46;s:4:"sync";a:1:{s:2:"en";s:2:"ar";}}""", "ar=45 en=46")]
    // A value some plugins stored as a string of digits.
    [InlineData("""a:1:{s:5:"pt-br";s:2:"77";}""", "pt-br=77")]
    // String lengths count UTF-8 bytes, not characters.
    [InlineData("""a:2:{s:8:"عربي";i:1;s:2:"en";i:2;}""", "عربي=1 en=2")]
    // Booleans, null and floats are read past.
    [InlineData("""a:4:{s:1:"a";b:1;s:1:"b";N;s:1:"c";d:0.5;s:2:"fr";i:9;}""", "fr=9")]
    public void Reads_a_translation_group(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', PhpSerialized.IntegersByKey(text).Select(kv => $"{kv.Key}={kv.Value}")));

    [Theory]
    [InlineData("")]
    [InlineData("en_US")] // Polylang before 1.2 kept only the locale in a language's description.
    [InlineData("""a:2:{s:2:"ar";i:12;""")] // cut short
    [InlineData("""a:1:{s:9:"ar";i:12;}""")] // a length past the string
    [InlineData("""a:1:{s:2:"ar";i:12;}trailing""")]
    [InlineData("""a:1:{s:2:"ar";O:8:"stdClass":0:{}}""")] // objects are never read
    [InlineData("""a:-1:{}""")]
    public void Anything_else_reads_as_no_group(string text) => Assert.Empty(PhpSerialized.IntegersByKey(text));

    [Fact]
    public void Deep_nesting_reads_as_nothing_rather_than_overflowing()
    {
        var text = string.Concat(Enumerable.Repeat("a:1:{i:0;", 10_000)) + "N;" + new string('}', 10_000);
        Assert.Null(PhpSerialized.ParseArray(text));
    }

    [Fact]
    public void Polylang_language_description_reads_as_its_entries() =>
        Assert.Equal(["locale=en_GB", "rtl=0", "flag_code=gb"],
            PhpSerialized.ParseArray("""a:3:{s:6:"locale";s:5:"en_GB";s:3:"rtl";i:0;s:9:"flag_code";s:2:"gb";}""")!.Select(kv => $"{kv.Key}={kv.Value}"));
}
