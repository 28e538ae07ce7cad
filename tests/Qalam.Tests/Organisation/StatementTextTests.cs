using Qalam.Organisation;

namespace Qalam.Tests.Organisation;

public sealed class StatementTextTests
{
    [Theory]
    // A blank line separates paragraphs; a single newline is a line break inside one.
    [InlineData("الفقرة الأولى.\n\nالفقرة الثانية.", "<p>الفقرة الأولى.</p><p>الفقرة الثانية.</p>")]
    [InlineData("السطر الأول\nالسطر الثاني", "<p>السطر الأول<br>السطر الثاني</p>")]
    // Windows line ends and spaces on the blank line count the same.
    [InlineData("أولًا\r\n  \r\nثانيًا", "<p>أولًا</p><p>ثانيًا</p>")]
    // Lines that all start with a dash make a bulleted list; with numbers (Western or Arabic-Indic), a numbered one.
    [InlineData("نطالب بما يلي:\n\n- فتح تحقيق\n- نشر النتائج", "<p>نطالب بما يلي:</p><ul><li>فتح تحقيق</li><li>نشر النتائج</li></ul>")]
    [InlineData("١. الأول\n٢. الثاني", "<ol><li>الأول</li><li>الثاني</li></ol>")]
    // Text is encoded: what looks like markup but is not a tag stays text.
    [InlineData("أ < ب & ج", "<p>أ &lt; ب &amp; ج</p>")]
    // The rich editor's HTML passes as it came (the post body sanitises it after).
    [InlineData("<p>من المحرر</p>", "<p>من المحرر</p>")]
    [InlineData("", "")]
    public void Typed_text_becomes_paragraphs_and_lists(string typed, string html) =>
        Assert.Equal(html, StatementText.ToHtml(typed));

    [Theory]
    // Saved as one run before paragraphs were kept: shown with its paragraphs, inline markup kept whole.
    [InlineData("الأولى.\n\nالثانية <strong>مهم</strong>.", "<p>الأولى.</p><p>الثانية <strong>مهم</strong>.</p>")]
    [InlineData("سطر\nسطر تالٍ", "<p>سطر<br>سطر تالٍ</p>")]
    // A body with blocks, or without newlines, is shown as stored.
    [InlineData("<p>فقرة</p>\n<p>أخرى</p>", "<p>فقرة</p>\n<p>أخرى</p>")]
    [InlineData("نص قصير", "نص قصير")]
    public void Bodies_saved_as_one_run_are_shown_in_paragraphs(string stored, string shown) =>
        Assert.Equal(shown, StatementText.ForDisplay(stored));
}
