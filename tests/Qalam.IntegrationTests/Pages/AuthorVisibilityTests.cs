using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>An author page exists only for people with something public to show; staff accounts are not listed.</summary>
public sealed class AuthorVisibilityTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private Task<string> SlugAsync(int id) => _factory.WithDbAsync(db => db.People.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());

    [Fact]
    public async Task Author_page_is_404_for_people_without_a_public_post()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        var writer = await _factory.SignInAsync(Role.Author);
        await _factory.AddPostAsync(writer.Id, "مسودة لم تنشر");
        await _factory.AddPostAsync(writer.Id, "مقالة خاصة", PostStatus.Private);
        var site = _factory.CreateBrowserlessClient();
        var adminPage = Urls.Author(await SlugAsync(admin.Id));
        var writerPage = Urls.Author(await SlugAsync(writer.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync(adminPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync(writerPage)).StatusCode);

        await _factory.AddPostAsync(writer.Id, "مقالة منشورة", PostStatus.Published);

        var page = await site.GetDocumentAsync(writerPage);
        Assert.Equal(["مقالة منشورة"], page.Texts(".post-list h2"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync(adminPage)).StatusCode);
    }
}
