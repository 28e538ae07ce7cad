using Qalam.Organisation;

namespace Qalam.Tests.Organisation;

public sealed class StatementDocumentsTests
{
    [Theory]
    [InlineData("<p>أولًا</p><p>ثانيًا</p>", new[] { "أولًا", "ثانيًا" })]
    [InlineData("<ul><li>اعتماد القوائم المالية</li><li>اعتماد الميزانية</li></ul>", new[] { "• اعتماد القوائم المالية", "• اعتماد الميزانية" })]
    [InlineData("<blockquote><p>اقتباس</p></blockquote>", new[] { "اقتباس" })]
    [InlineData("نص بلا وسوم", new[] { "نص بلا وسوم" })]
    [InlineData("<ol><li>الأول</li><li>الثاني</li></ol>", new[] { "1. الأول", "2. الثاني" })]
    [InlineData("<p>السطر الأول<br>السطر الثاني</p>", new[] { "السطر الأول\nالسطر الثاني" })]
    [InlineData("<h2>الخلفية</h2><p>نص</p>", new[] { "الخلفية", "نص" })]
    [InlineData("<ol><li><p>من المحرر</p></li><li><p>بفقرة</p></li></ol>", new[] { "1. من المحرر", "2. بفقرة" })]
    public void Paragraphs_of_the_pdf_follow_the_blocks_of_the_text(string html, string[] expected) =>
        Assert.Equal(expected, StatementDocuments.Paragraphs(html));
}
