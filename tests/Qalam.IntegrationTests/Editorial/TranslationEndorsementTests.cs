using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

/// <summary>A translated endorsement keeps its partner, date and letter, so the English list shows it once published.</summary>
public sealed class TranslationEndorsementTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_endorsement_translated_and_published_in_english_is_in_the_english_endorsements_list()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var original = await _factory.WithDbAsync(db => db.Endorsements.AsNoTracking().Include(e => e.Post).Include(e => e.Partner)
            .FirstAsync(e => e.Post.Language == "ar" && e.Post.Status == PostStatus.Published));
        var url = $"/admin/posts/{original.PostId}";
        var response = await editor.Client.SubmitAsync(await editor.Client.GetDocumentAsync(url), url,
            new Dictionary<string, string> { ["language"] = "en" }, ".add-translation");
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());

        var copied = await _factory.WithDbAsync(db => db.Endorsements.AsNoTracking().SingleAsync(e => e.PostId == id));
        Assert.Equal((original.PartnerId, original.EndorsedOn, original.LetterMediaId, original.Quote),
            (copied.PartnerId, copied.EndorsedOn, copied.LetterMediaId, copied.Quote));
        var form = await editor.Client.GetDocumentAsync($"/admin/organisation/endorsements/{id}");
        Assert.Equal(original.Quote, form.QuerySelector("#quote")!.TextContent);
        Assert.DoesNotContain("Letter of support", (await _factory.CreateBrowserlessClient().GetStringAsync("/en/endorsements")));

        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var post = await db.Posts.FirstAsync(p => p.Id == id);
            post.Title = "Letter of support for the digital schools programme";
            await sp.GetRequiredService<Publishing>().PublishAsync(post);
            await db.SaveChangesAsync();
        });

        var english = await _factory.CreateBrowserlessClient().GetDocumentAsync("/en/endorsements");
        var card = english.QuerySelectorAll(".endorsement-card").Single(c => c.TextContent.Contains("Letter of support"));
        Assert.Equal("/en/" + (await _factory.PostAsync(id)).Slug, Uri.UnescapeDataString(card.QuerySelector("h3 a")!.GetAttribute("href")!));
        Assert.Contains(original.Partner.Slug, Uri.UnescapeDataString(card.QuerySelector(".meta a")!.GetAttribute("href")!));
    }
}
