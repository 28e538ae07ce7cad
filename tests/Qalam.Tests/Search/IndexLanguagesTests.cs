using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class IndexLanguagesTests
{
    private static readonly IndexLanguages Numbers = new(new Dictionary<string, long>
    {
        ["\u0002ar"] = 1,
        ["\u0002fr"] = 3,
        ["\u0001analyzer"] = 4, // the analyser's version, not a language
        ["مؤسس"] = 2,           // a term
        ["\u0002xx"] = 300,      // past what a byte holds: ignored
    });

    [Theory]
    [InlineData("ar", (byte)1)]
    [InlineData("FR", (byte)3)]   // codes compare as the setting writes them, lower-case
    [InlineData(" fr ", (byte)3)]
    [InlineData("en", null)]      // no post in it indexed yet
    [InlineData("analyzer", null)]
    [InlineData("xx", null)]
    [InlineData("", null)]
    public void A_code_has_the_number_its_row_gives(string code, byte? expected) => Assert.Equal(expected, Numbers.NumberOf(code));

    [Fact]
    public void Numbers_lead_back_to_codes_and_a_post_without_one_is_zero()
    {
        Assert.Equal(("ar", "fr", (string?)null), (Numbers.CodeOf(1), Numbers.CodeOf(3), Numbers.CodeOf(2)));
        Assert.Equal((byte)0, Numbers.Of(null));
        Assert.Equal((byte)0, Numbers.Of("de"));
    }

    [Fact]
    public void Missing_lists_each_new_code_once_and_never_an_empty_one() =>
        Assert.Equal(["en", "de"], Numbers.Missing(["ar", "en", "EN", "", null, "de", "fr"]));
}
