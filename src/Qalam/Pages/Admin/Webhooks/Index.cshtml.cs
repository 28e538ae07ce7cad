using Microsoft.AspNetCore.DataProtection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Webhooks;

namespace Qalam.Pages.Admin.Webhooks;

/// <summary>
/// Administrators register the addresses told of publications (the signing secret shown once), remove them, and read
/// the delivery log: every event, its attempts and the last answer.
/// </summary>
public sealed class IndexModel(QalamDb db, WebhookSender sender, AuditLog audit, SiteContext site, IOptions<WebhookOptions> options,
    IStringLocalizer<TokenStrings> s) : AdminPageModel
{
    [BindProperty] public string Address { get; set; } = "";
    [BindProperty] public List<string> Events { get; set; } = [.. WebhookEvents.All];
    public List<Webhook> Hooks { get; private set; } = [];
    public List<WebhookDelivery> Deliveries { get; private set; } = [];
    public string? NewSecret { get; private set; }
    public string? Error { get; private set; }
    public SiteContext Site => site;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var events = WebhookEvents.All.Where(Events.Contains).ToList();
        Error = WebhookAddress.Problem(Address.Trim(), options.Value.AllowPrivate) switch
        {
            "scheme" => s["WebhookUrlInvalid"].Value,
            "internal" => s["WebhookUrlInternal"].Value,
            _ => events.Count == 0 ? s["WebhookEventsRequired"].Value : null,
        };
        if (Error is null)
        {
            var secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            var hook = new Webhook { Url = Address.Trim(), ProtectedSecret = sender.Protector.Protect(secret), Events = string.Join(' ', events), CreatedUtc = site.Now };
            db.Webhooks.Add(hook);
            audit.Record("webhook-created", hook.Url, hook.Events);
            await db.SaveChangesAsync(ct);
            NewSecret = secret;
            Address = "";
        }
        else Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (await db.Webhooks.FirstOrDefaultAsync(w => w.Id == id, ct) is not { } hook) return NotFound();
        db.Webhooks.Remove(hook);
        audit.Record("webhook-deleted", hook.Url);
        await db.SaveChangesAsync(ct);
        Flash = s["WebhookDeleted"];
        return Redirect("/admin/webhooks");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = s["WebhooksHeading"];
        await site.GetSettingsAsync(ct);
        Hooks = await db.Webhooks.AsNoTracking().OrderBy(w => w.Id).ToListAsync(ct);
        Deliveries = await db.WebhookDeliveries.AsNoTracking().Include(d => d.Webhook).OrderByDescending(d => d.Id).Take(50).ToListAsync(ct);
    }

    public string When(DateTimeOffset? at) => at is { } t ? site.FormatDateTime(t, UiLanguage) : "—";
}
