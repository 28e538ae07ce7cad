using System.Net;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

public sealed class PeopleTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_people_list_shows_everyone_with_their_arabic_role()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await _factory.SignedInClientAsync(Role.Contributor, email: "helper@example.org");
        var doc = await admin.GetDocumentAsync("/admin/people");
        var row = doc.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("helper@example.org"));
        Assert.Contains("مساهم", row.TextContent);
        Assert.Contains("نشط", row.TextContent);
        Assert.Equal("الأشخاص", doc.QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public async Task Inviting_creates_a_person_without_a_password_whose_link_lets_them_sign_in()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var response = await admin.PostFormAsync("/admin/people/add", AccountSteps.Fields(("Email", "new@example.org"), ("DisplayName", "آمنة الترهوني"), ("Role", "Editor")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Contains("لم يُرسل بريد", doc.QuerySelector("[role=status]")!.TextContent);
        var link = new Uri(doc.QuerySelector("code.secret")!.TextContent.Trim());
        var invited = await _factory.PersonAsync("new@example.org");
        Assert.Null(invited.PasswordHash);
        Assert.Equal(Role.Editor, invited.Role);
        var entry = Assert.Single(await _factory.AuditAsync("person-invited"));
        Assert.Equal(("email:new@example.org", "role Editor"), (entry.Subject, entry.Details));

        var guest = _factory.CreateBrowserlessClient();
        await guest.PostFormAsync(link.PathAndQuery, AccountSteps.Fields(("NewPassword", "my very own passphrase"), ("ConfirmPassword", "my very own passphrase")));
        Assert.Equal("/admin", (await guest.SignInAsync("new@example.org", "my very own passphrase")).Location());
    }

    [Fact]
    public async Task Inviting_an_existing_email_is_refused_with_the_form_kept()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator, email: "boss@example.org");
        var response = await admin.PostFormAsync("/admin/people/add", AccountSteps.Fields(("Email", "BOSS@example.org"), ("DisplayName", "نسخة"), ("Role", "Author")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Contains("يوجد شخص بهذا البريد", doc.Alert());
        Assert.Equal("نسخة", doc.QuerySelector("#display-name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Changing_a_role_is_audited_and_ends_the_persons_session()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var writer = await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var id = (await _factory.PersonAsync("writer@example.org")).Id;

        var response = await admin.PostFormAsync($"/admin/people/{id}", AccountSteps.Fields(("Role", "Editor")), $"/admin/people/{id}?handler=Role");

        Assert.Equal($"/admin/people/{id}", response.Location());
        Assert.Equal(Role.Editor, (await _factory.PersonAsync("writer@example.org")).Role);
        var entry = Assert.Single(await _factory.AuditAsync("role-changed"));
        Assert.Equal(($"person:{id}", "Author -> Editor"), (entry.Subject, entry.Details));
        Assert.StartsWith("/admin/sign-in", (await writer.GetAsync("/admin")).Location());
    }

    [Fact]
    public async Task Deactivating_ends_sessions_and_blocks_sign_in_until_reactivated()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var writer = await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var id = (await _factory.PersonAsync("writer@example.org")).Id;

        await admin.PostFormAsync($"/admin/people/{id}", AccountSteps.Fields(("active", "false")), $"/admin/people/{id}?handler=Active");
        Assert.StartsWith("/admin/sign-in", (await writer.GetAsync("/admin")).Location());
        Assert.Equal(HttpStatusCode.BadRequest, (await _factory.CreateBrowserlessClient().SignInAsync("writer@example.org")).StatusCode);

        await admin.PostFormAsync($"/admin/people/{id}", AccountSteps.Fields(("active", "true")), $"/admin/people/{id}?handler=Active");
        Assert.Equal("/admin", (await _factory.CreateBrowserlessClient().SignInAsync("writer@example.org")).Location());
        Assert.Single(await _factory.AuditAsync("person-deactivated"));
        Assert.Single(await _factory.AuditAsync("person-reactivated"));
    }

    [Fact]
    public async Task An_administrator_cannot_demote_or_deactivate_themselves()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator, email: "boss@example.org");
        var id = (await _factory.PersonAsync("boss@example.org")).Id;
        var demote = await admin.PostFormAsync($"/admin/people/{id}", AccountSteps.Fields(("Role", "Contributor")), $"/admin/people/{id}?handler=Role");
        var deactivate = await admin.PostFormAsync($"/admin/people/{id}", AccountSteps.Fields(("active", "false")), $"/admin/people/{id}?handler=Active");
        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, deactivate.StatusCode);
        var me = await _factory.PersonAsync("boss@example.org");
        Assert.Equal((Role.Administrator, true), (me.Role, me.IsActive));
    }

    [Fact]
    public async Task An_administrator_edits_an_authors_profile_and_it_shows_on_the_author_archive()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await _factory.SignedInClientAsync(Role.Author, email: "writer@example.org");
        var person = await _factory.PersonAsync("writer@example.org");

        await admin.PostFormAsync($"/admin/people/{person.Id}", AccountSteps.Fields(
            ("Profile.DisplayName", person.DisplayName), ("Profile.Bio", "يكتب عن الحقوق الرقمية في ليبيا."), ("Profile.UiLanguage", "ar")), $"/admin/people/{person.Id}?handler=Profile");

        // An author page exists once the person has something public to show.
        await _factory.AddPostAsync(person.Id, "مقالة منشورة", PostStatus.Published);
        var page = await _factory.CreateClient().GetDocumentAsync($"/author/{person.Slug}");
        Assert.Contains("الحقوق الرقمية", page.QuerySelector(".bio")!.TextContent);
        Assert.Single(await _factory.AuditAsync("profile-changed"));
    }
}
