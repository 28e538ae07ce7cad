using Qalam.Content;
using Qalam.Localization;

namespace Qalam.Tests.Content;

public sealed class LocalizedTextsTests
{
    private static readonly Language Arabic = Language.For("ar");
    private static readonly Language English = Language.For("en");
    private static readonly Language French = Language.For("fr");

    private static readonly LocalizedTexts Texts = new([
        new LocalizedText { Subject = TextSubject.Category, SubjectId = 3, Field = TextField.Name, Language = "en", Text = "News & views" },
        new LocalizedText { Subject = TextSubject.Site, SubjectId = 1, Field = TextField.Menu, Language = "en", Text = """{"items":[{"kind":"custom","label":"About","url":"/about"}],"hideCategories":false}""" },
    ]);

    [Theory]
    [InlineData("en", "News &amp; views", "a translation, encoded")]
    [InlineData("fr", "<span lang=\"ar\" dir=\"rtl\">أخبار</span>", "none in French: the Arabic, isolated")]
    [InlineData("ar", "أخبار", "the default language reads its own column, nothing to isolate")]
    public void A_name_is_its_translation_else_the_default_languages_marked_as_such(string code, string html, string reason)
    {
        var texts = Texts.For(Language.For(code), Arabic);
        Assert.True(html == texts.NameHtml(TextSubject.Category, 3, "أخبار").ToString(), reason);
    }

    [Fact]
    public void Plain_text_falls_back_without_markup_and_other_subjects_are_not_confused()
    {
        var english = Texts.For(English, Arabic);
        Assert.Equal("News & views", english.Name(TextSubject.Category, 3, "أخبار"));
        Assert.Equal("تقنية", english.Name(TextSubject.Tag, 3, "تقنية"));
        Assert.Null(english.Find(TextSubject.Category, 3, TextField.Description));
    }

    [Fact]
    public void A_language_with_its_own_menu_reads_it_and_one_without_borrows_the_default()
    {
        const string arabicMenu = "الأخبار|/category/news";
        var (own, borrowedEnglish) = Texts.For(English, Arabic).Menu(arabicMenu);
        Assert.Equal(["About"], own.Items.Select(i => i.Label));
        Assert.False(borrowedEnglish);
        var (french, borrowedFrench) = Texts.For(French, Arabic).Menu(arabicMenu);
        Assert.Equal(["الأخبار"], french.Items.Select(i => i.Label));
        Assert.True(borrowedFrench);
        Assert.False(Texts.For(Arabic, Arabic).Menu(arabicMenu).Fallback);
    }
}
