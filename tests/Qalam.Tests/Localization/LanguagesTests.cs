using Microsoft.Extensions.Options;
using Qalam.Localization;

namespace Qalam.Tests.Localization;

public sealed class LanguagesTests
{
    private static Languages From(string setting) => new(Options.Create(new QalamOptions { Languages = setting }));

    [Fact]
    public void By_default_the_site_publishes_in_Arabic_then_English()
    {
        var languages = From(new QalamOptions().Languages);
        Assert.Equal(["ar", "en"], languages.All.Select(l => l.Code));
        Assert.Equal("ar", languages.Default.Code);
        Assert.Equal(("rtl", "العربية", "ar-LY"), (languages.Default.Direction, languages.Default.NativeName, languages.Default.Culture.Name));
        var en = languages.Find("EN")!;
        Assert.Equal(("ltr", "English", "en-GB"), (en.Direction, en.NativeName, en.Culture.Name));
    }

    [Fact]
    public void Addresses_in_the_default_language_have_no_prefix_and_others_have_theirs()
    {
        var languages = From("ar,en");
        Assert.Equal("/", languages.Path(languages.Default, "/"));
        Assert.Equal("/category/أخبار", languages.Path(languages.Default, "/category/أخبار"));
        Assert.Equal("/en/", languages.Path(languages.Find("en")!, "/"));
        Assert.Equal("/en/search", languages.Path(languages.Find("en")!, "/search"));
    }

    [Theory]
    [InlineData("fr", "ltr", "français", null, ",")]
    [InlineData("fa", "rtl", "فارسی", "۰۱۲۳۴۵۶۷۸۹", "،")]
    [InlineData("zgh", "ltr", "ⵜⴰⵎⴰⵣⵉⵖⵜ", null, ",")]
    [InlineData("ar", "rtl", "العربية", "٠١٢٣٤٥٦٧٨٩", "،")]
    public void A_language_added_by_its_code_knows_its_name_direction_digits_and_comma(string code, string direction, string name, string? digits, string comma)
    {
        var language = From("en," + code).Find(code)!;
        Assert.Equal((direction, name, digits, comma), (language.Direction, language.NativeName, language.NativeDigits, language.Comma));
    }

    [Fact]
    public void A_culture_named_with_the_code_sets_dates_and_numbers()
    {
        var ar = From("ar=ar-EG,en").Default;
        Assert.Equal("ar-EG", ar.Culture.Name);
        Assert.Equal("١٢ ديسمبر", ar.WithNativeDigits(new DateTime(2026, 12, 12).ToString("d MMMM", ar.Culture)));
    }

    [Theory]
    [InlineData("", "name at least one language")]
    [InlineData("ar,ar", "\"ar\" is listed twice")]
    [InlineData("ar,xx1", "\"xx1\" is not a language code")]
    [InlineData("ar=zz-QQ", "\"zz-QQ\" is not a culture")]
    public void A_wrong_setting_is_refused_with_one_line_per_problem(string setting, string problem)
    {
        Assert.Null(Languages.Parse(setting, out var errors));
        var error = Assert.Single(errors);
        Assert.StartsWith("Qalam:Languages: ", error);
        Assert.Contains(problem, error);
    }

    [Fact]
    public void A_post_in_a_language_the_site_does_not_list_still_says_what_it_is()
    {
        var languages = From("ar,en");
        Assert.Null(languages.Find("he"));
        Assert.Equal("rtl", languages.Of("he").Direction);
        Assert.Equal("ar", languages.Of(null).Code);
    }

    [Theory]
    [InlineData("ar,en,fr", "fr-FR", "fr")]
    [InlineData("ar,en,fr", "en", "en")]
    [InlineData("ar,en,fr", "ar-LY", "ar")]
    [InlineData("ar,en", "fr", "ar")]
    [InlineData("en,ar", "de-DE", "en")]
    public void The_interface_culture_finds_its_language_among_the_sites_else_the_default(string setting, string culture, string expected)
    {
        Assert.Equal(expected, From(setting).OfInterface(System.Globalization.CultureInfo.GetCultureInfo(culture)).Code);
    }

    [Theory]
    [InlineData("ar", "«أ»، «ب»")]
    [InlineData("fa", "«أ»، «ب»")]
    [InlineData("en", "“أ”, “ب”")]
    [InlineData("fr", "“أ”, “ب”")]
    public void Titles_named_in_a_sentence_take_the_languages_comma_and_quotation_marks(string culture, string expected)
    {
        Assert.Equal(expected, ListText.Quoted(["أ", "ب"], System.Globalization.CultureInfo.GetCultureInfo(culture)));
    }
}
