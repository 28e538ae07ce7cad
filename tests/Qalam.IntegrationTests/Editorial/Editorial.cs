using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

/// <summary>Seeding posts through the app's own writer and publishing, signing people in, and submitting forms as a browser does.</summary>
public static class Editorial
{
    public sealed record Person(HttpClient Client, int Id);

    public static async Task<Person> SignInAsync(this QalamFactory factory, Role role)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var client = await factory.SignedInClientAsync(role, email);
        var id = await factory.WithDbAsync(db => db.People.Where(p => p.NormalizedEmail == email.ToUpperInvariant()).Select(p => p.Id).FirstAsync());
        return new Person(client, id);
    }

    public static async Task<int> AddPostAsync(this QalamFactory factory, int authorId, string title, PostStatus status = PostStatus.Draft,
        string body = "<p>نص المقالة</p>", DateTimeOffset? publishAt = null)
    {
        var id = 0;
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var writer = sp.GetRequiredService<PostWriter>();
            var post = new Post { Title = title, Slug = "", AuthorId = authorId, PublishedUtc = publishAt };
            await writer.ApplyBodyAsync(post, body);
            await writer.SetSlugAsync(post, null);
            writer.Touch(post, authorId);
            db.Posts.Add(post);
            await db.SaveChangesAsync();
            var publishing = sp.GetRequiredService<Publishing>();
            if (status is PostStatus.Published or PostStatus.Scheduled) await publishing.PublishAsync(post);
            else publishing.Unpublish(post, status);
            await db.SaveChangesAsync();
            id = post.Id;
        });
        return id;
    }

    public static Task<Post> PostAsync(this QalamFactory factory, int id) =>
        factory.WithDbAsync(db => db.Posts.AsNoTracking().Include(p => p.Categories).Include(p => p.Tags).FirstAsync(p => p.Id == id));

    public static Task<List<string>> AuditActionsAsync(this QalamFactory factory, int postId) =>
        factory.WithDbAsync(db => db.Audit.Where(a => a.Subject == $"post:{postId}").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

    /// <summary>Fills a form from the page as a browser would (current values, checked boxes, the token), changes some fields, and presses a button.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IDictionary<string, string>? changes = null,
        string formSelector = "main form", (string Name, string Value)? button = null)
    {
        var doc = await client.GetDocumentAsync(pageUrl);
        return await client.SubmitAsync(doc, pageUrl, changes, formSelector, button);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IDocument doc, string pageUrl, IDictionary<string, string>? changes = null,
        string formSelector = "main form", (string Name, string Value)? button = null)
    {
        var form = doc.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var el in form.Elements)
        {
            var name = el.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || (changes?.ContainsKey(name) ?? false)) continue;
            switch (el)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) values.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add(new(name, select.Value ?? ""));
                    break;
            }
        }
        if (changes is not null) values.AddRange(changes);
        if (button is { } b) values.Add(new(b.Name, b.Value));
        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, new FormUrlEncodedContent(values));
    }

    public static bool IsRefused(this HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.Forbidden
        || (response.StatusCode == System.Net.HttpStatusCode.Redirect
            && new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath == "/admin/denied");
}
