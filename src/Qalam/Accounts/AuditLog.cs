using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>Writes audit entries in the caller's unit of work, so an action and its entry are saved together.</summary>
public sealed class AuditLog(QalamDb db, TimeProvider clock, IHttpContextAccessor http)
{
    public AuditEntry Record(string action, string? subject = null, string? details = null, int? actorId = null, string? actorName = null)
    {
        var ctx = http.HttpContext;
        var user = ctx?.User;
        if (actorId is null && int.TryParse(user?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id)) actorId = id;
        actorName ??= user?.Identity?.Name;
        // Whatever is done with a personal access token says which token did it, so a leaked one can be traced.
        if (TokenAuthentication.TokenNameOf(user) is { } token) actorName = $"{actorName} (token: {token})";
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow(),
            ActorId = actorId,
            // Typed emails and details come from anyone on the sign-in form: kept bounded.
            ActorName = Truncate(actorName, 320),
            Action = action,
            Subject = subject,
            Details = Truncate(details, 2000),
            IpAddress = ctx?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = Truncate(ctx?.Request.Headers.UserAgent.ToString(), 400),
        };
        db.Audit.Add(entry);
        return entry;
    }

    private static string? Truncate(string? s, int max) => string.IsNullOrEmpty(s) ? null : s.Length <= max ? s : s[..max];
}
