using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Pages.Admin;

namespace Qalam.IntegrationTests.Security;

/// <summary>
/// The policy table against the running app: every admin page and every handler, tried as every role and
/// anonymously, must open exactly for the roles the table names; and the table and the pages must agree.
/// </summary>
public sealed class AdminPolicyTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true, settings: new Dictionary<string, string> { ["Qalam:SignInAttemptsPerMinute"] = "1000" });

    public void Dispose() => _factory.Dispose();

    private static readonly Role?[] Everyone = [null, Role.Contributor, Role.Author, Role.Editor, Role.Administrator];

    private static Role? LeastRole(string policy) => policy switch
    {
        AdminPolicies.Anonymous => null,
        Policies.Staff => Role.Contributor,
        Policies.Publish => Role.Author,
        Policies.EditOthers => Role.Editor,
        Policies.Administer => Role.Administrator,
        _ => throw new InvalidOperationException($"Unknown policy {policy}"),
    };

    private static bool Allowed(string policy, Role? role) => LeastRole(policy) is not { } least || role >= least;

    private async Task<IReadOnlyList<CompiledPageActionDescriptor>> AdminPagesAsync()
    {
        var loader = _factory.Services.GetRequiredService<PageLoader>();
        var pages = new List<CompiledPageActionDescriptor>();
        foreach (var d in _factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>())
        {
            if (d.ViewEnginePath.StartsWith("/Admin/", StringComparison.Ordinal)) pages.Add(await loader.LoadAsync(d, EndpointMetadataCollection.Empty));
        }
        return pages;
    }

    [Fact]
    public async Task Every_admin_page_has_a_row_in_the_table_and_every_row_a_page()
    {
        var pages = (await AdminPagesAsync()).Select(p => p.ViewEnginePath).ToHashSet();
        var rows = AdminPolicies.Pages.Select(r => r.Page).ToHashSet();
        Assert.Empty(pages.Except(rows));
        Assert.Empty(rows.Except(pages));
        Assert.Equal(rows.Count, AdminPolicies.Pages.Count);
    }

    [Fact]
    public async Task Admin_page_models_carry_no_policy_of_their_own_so_the_table_is_the_only_one()
    {
        foreach (var page in await AdminPagesAsync())
        {
            var model = page.ModelTypeInfo!;
            Assert.False(model.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any(), $"{model.Name} has its own [Authorize]");
            Assert.False(model.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).Any(), $"{model.Name} has its own [AllowAnonymous]");
        }
    }

    [Fact]
    public void A_page_missing_from_the_table_is_for_administrators_only() =>
        Assert.Equal(Policies.Administer, AdminPolicies.PolicyFor("/Admin/Forgotten/Index"));

    [Fact]
    public async Task Every_admin_route_and_handler_opens_exactly_for_the_roles_the_table_names()
    {
        var clients = new Dictionary<Role, HttpClient>();
        foreach (var role in Everyone.OfType<Role>()) clients[role] = await _factory.SignedInClientAsync(role);
        var anonymous = _factory.CreateBrowserlessClient();
        var failures = new List<string>();
        foreach (var page in await AdminPagesAsync())
        {
            var policy = AdminPolicies.PolicyFor(page.ViewEnginePath);
            // Where the record decides too (someone else's upload), an allowed role may still be refused that record.
            var perRecord = AdminPolicies.Pages.Single(r => r.Page == page.ViewEnginePath).PerRecord is not null && page.AttributeRouteInfo!.Template!.Contains('{', StringComparison.Ordinal);
            var url = SampleUrl(page.AttributeRouteInfo!.Template!);
            var posts = page.HandlerMethods.Where(h => h.HttpMethod == "POST").Select(h => h.Name).Distinct().ToList();
            foreach (var role in Everyone)
            {
                var client = role is { } r ? clients[r] : anonymous;
                var allowed = Allowed(policy, role);
                // Signing out and the sign-in pages change who the client is: their POSTs are tried only where refused.
                if (!(allowed && (perRecord || page.ViewEnginePath is "/Admin/SignOut"))) Check(failures, await client.GetAsync(url), $"GET {url}", role, allowed, policy);
                if (allowed) continue;
                var token = await TokenAsync(client);
                foreach (var handler in posts)
                {
                    var target = handler is null ? url : $"{url}?handler={handler}";
                    var body = new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = token, ["Role"] = "Administrator" });
                    Check(failures, await client.PostAsync(target, body), $"POST {target}", role, allowed: false);
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Non_page_admin_endpoints_open_exactly_for_their_roles()
    {
        var failures = new List<string>();
        foreach (var role in Everyone)
        {
            var client = role is { } r ? await _factory.SignedInClientAsync(r) : _factory.CreateBrowserlessClient();
            foreach (var (route, policy) in AdminPolicies.Endpoints)
            {
                var url = route.Replace("{key}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
                Check(failures, await client.GetAsync(url), $"GET {url}", role, Allowed(policy, role));
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData(Role.Contributor, "Statement")]
    [InlineData(Role.Contributor, "Page")]
    [InlineData(Role.Contributor, "Endorsement")]
    [InlineData(Role.Author, "Statement")]
    [InlineData(Role.Author, "Page")]
    [InlineData(Role.Author, "Endorsement")]
    public async Task The_kind_field_of_the_post_editor_is_refused_below_editor(Role role, string kind)
    {
        var person = await _factory.SignInAsync(role);
        var kindValue = Enum.Parse<PostKind>(kind);
        var before = await _factory.WithDbAsync(db => db.Posts.CountAsync(p => p.Kind == kindValue));
        var fields = new Dictionary<string, string> { ["Form.Title"] = "نص", ["Form.BodyHtml"] = "<p>نص</p>", ["Form.Kind"] = kind };
        var response = await person.Client.SubmitAsync("/admin/posts/new", fields, "#editor-form", ("Intent", "Publish"));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Posts.CountAsync(p => p.Kind == kindValue)));
    }

    [Theory]
    [InlineData(Role.Contributor)]
    [InlineData(Role.Author)]
    [InlineData(Role.Editor)]
    public async Task Role_status_and_email_posted_by_hand_to_my_account_change_nothing(Role role)
    {
        var person = await _factory.SignInAsync(role);
        var before = await _factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id));
        await person.Client.SubmitAsync("/admin/account", new Dictionary<string, string>
        {
            ["Role"] = "Administrator", ["Form.Role"] = "Administrator", ["IsActive"] = "false", ["Email"] = "taken@example.org", ["Form.Email"] = "taken@example.org",
        }, "form[action*=Profile]");
        var after = await _factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id));
        Assert.Equal((before.Role, before.IsActive, before.Email), (after.Role, after.IsActive, after.Email));
        Assert.Equal(HttpStatusCode.Redirect, (await person.Client.GetAsync("/admin/people")).StatusCode);
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var account = await client.GetAsync("/admin/account");
        var page = account.StatusCode == HttpStatusCode.OK ? await account.ReadDocumentAsync() : await client.GetDocumentAsync("/admin/sign-in");
        return page.QuerySelector($"input[name={Forms.TokenField}]")!.GetAttribute("value")!;
    }

    private static void Check(List<string> failures, HttpResponseMessage response, string what, Role? role, bool allowed, string? policy = null)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        // A page open to everyone may itself send a visitor to sign in (the two-step page without a pending sign-in).
        var toSignIn = policy != AdminPolicies.Anonymous && (response.StatusCode == HttpStatusCode.Unauthorized
            || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/admin/sign-in", StringComparison.Ordinal)));
        var denied = (response.StatusCode is HttpStatusCode.Forbidden && !what.EndsWith("/admin/denied", StringComparison.Ordinal))
            || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/admin/denied", StringComparison.Ordinal));
        var refused = role is null ? toSignIn : denied;
        if (allowed && (toSignIn || denied)) failures.Add($"{what} refused {role?.ToString() ?? "anonymous"} ({(int)response.StatusCode} {location})");
        if (!allowed && !refused) failures.Add($"{what} let {role?.ToString() ?? "anonymous"} through ({(int)response.StatusCode} {location})");
    }

    /// <summary>A real address for a route template: numbers for ids, a fresh GUID for keys, optional parts left out.</summary>
    private static string SampleUrl(string template) => "/" + string.Join("/", template.Split('/')
        .Where(s => !s.EndsWith("?}", StringComparison.Ordinal))
        .Select(s => !s.StartsWith('{') ? s : s.Contains(":guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "1"));
}
