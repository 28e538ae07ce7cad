using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.People;

/// <summary>One person, for administrators: profile, role, active or not, and a fresh set-password link.</summary>
public sealed class EditModel(QalamDb db, PeopleService people, PasswordReset reset, AdminSessions sessions, AuditLog audit, IStringLocalizer<AccountStrings> t) : AdminPageModel
{
    [BindProperty] public ProfileForm Profile { get; set; } = new();
    [BindProperty] public Role Role { get; set; }
    public Person Person { get; private set; } = null!;
    public List<string> ProfileErrors { get; } = [];
    public string? Error { get; private set; }
    public string? ResetLink { get; private set; }
    public bool IsSelf => Person.Id == CurrentUserId;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Profile = ProfileForm.From(Person);
        Role = Person.Role;
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Role = Person.Role;
        ProfileErrors.AddRange(Profile.Problems().Select(k => t[k].Value));
        if (ProfileErrors.Count > 0) return Invalid(null);
        await people.SaveProfileAsync(Person, Profile, ct);
        Flash = t["ProfileSaved"];
        return Redirect($"/admin/people/{Person.Id}");
    }

    public async Task<IActionResult> OnPostRoleAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Profile = ProfileForm.From(Person);
        // Nobody removes their own administrator rights: the site must keep someone who can manage it.
        if (IsSelf) return Invalid(t["CannotChangeSelf"]);
        if (!Enum.IsDefined(Role)) return Invalid(t["RoleInvalid"]);
        if (Role == Person.Role) return Redirect($"/admin/people/{id}");
        audit.Record("role-changed", $"person:{Person.Id}", $"{Person.Role} -> {Role}");
        // The sign-in cookie carries the role: the person's sessions end and they sign in again with the new one.
        Person.Role = Role;
        await sessions.EndAllAsync(Person.Id, ct: ct);
        return await SavedAsync(t["RoleChanged"], ct);
    }

    public async Task<IActionResult> OnPostActiveAsync(int id, bool active, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Profile = ProfileForm.From(Person);
        Role = Person.Role;
        if (IsSelf) return Invalid(t["CannotChangeSelf"]);
        Person.IsActive = active;
        // A new stamp ends every session of a deactivated person at their next request.
        Person.SecurityStamp = Guid.NewGuid().ToString("N");
        if (!active) await sessions.EndAllAsync(Person.Id, ct: ct);
        audit.Record(active ? "person-reactivated" : "person-deactivated", $"person:{Person.Id}");
        return await SavedAsync(active ? t["Reactivated"] : t["Deactivated"], ct);
    }

    public async Task<IActionResult> OnPostResetLinkAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Profile = ProfileForm.From(Person);
        Role = Person.Role;
        if (!Person.IsActive) return Invalid(t["ResetLinkInactive"]);
        ResetLink = reset.CreateLink(Person, PasswordReset.ResetLifetime, reset.SiteRoot(Request));
        audit.Record("password-reset-link-created", $"person:{Person.Id}");
        await db.SaveChangesAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        PageTitle = t["PersonHeading"];
        if (await db.People.FindAsync([id], ct) is not { } person) return false;
        Person = person;
        return true;
    }

    private async Task<IActionResult> SavedAsync(string message, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        Flash = message;
        return Redirect($"/admin/people/{Person.Id}");
    }

    private PageResult Invalid(string? error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
