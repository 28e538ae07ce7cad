using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;

namespace Qalam.BrowserTests.Editorial;

[Collection(BrowserCollection.Name)]
public sealed class PasteTests(BrowserFixture browser)
{
    [Fact]
    public async Task Text_pasted_from_word_keeps_its_structure_and_loses_office_styling()
    {
        var (email, password) = await browser.AddPersonAsync(Role.Author);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin/sign-in");
        await BrowserFixture.SignInAsync(page, email, password);
        await page.GotoAsync("/admin/posts/new");
        await page.Locator(".rich-editor-content").ClickAsync();

        // What Word puts on the clipboard: Office namespaces, classes, inline styles, conditional comments.
        const string word = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
            <!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->
            <h2 class="MsoTitle" style="mso-line-height-rule:exactly">تقرير الربع الأول</h2>
            <p class="MsoNormal" style="font-family:'Simplified Arabic';color:#333"><span lang="AR-LY" style="font-size:14pt">نص <b>مهم</b> من وورد</span><o:p></o:p></p>
            </body></html>
            """;
        await page.EvaluateAsync("""
            html => {
              const data = new DataTransfer();
              data.setData("text/html", html);
              data.setData("text/plain", "تقرير الربع الأول");
              document.querySelector(".rich-editor-content").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, word);

        var body = await page.Locator("textarea#body").InputValueAsync();
        Assert.Contains("<h2 dir=\"auto\">تقرير الربع الأول</h2>", body);
        Assert.Contains("<strong>مهم</strong>", body);
        Assert.DoesNotContain("style", body);
        Assert.DoesNotContain("Mso", body);
        Assert.DoesNotContain("o:p", body);
        await page.Context.CloseAsync();
    }
}
