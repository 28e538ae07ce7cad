using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>
/// The admin API's only way in: <c>Authorization: Bearer qlm_…</c>. Each request looks the token up by its hash and
/// reads the person as they are now, so revoking, expiry, disabling the person or changing their role counts at once.
/// The principal carries the person's id, name and role (what <see cref="Policies"/> and the post rights read), the
/// token's id and name (named in every audit line, see <see cref="AuditLog"/>) and one claim per scope.
/// </summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    QalamDb db, TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "Qalam.Token";
    public const string TokenIdClaim = "qalam:token";
    public const string TokenNameClaim = "qalam:token-name";

    // Writing the last-used time on every call would turn each read into a write: once a minute is enough to show.
    private static readonly TimeSpan UsedGranularity = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = SecretOf(Request);
        if (secret is null) return AuthenticateResult.NoResult();
        var hash = AccessTokens.HashOf(secret);
        var now = clock.GetUtcNow();
        var found = await db.AccessTokens.AsNoTracking().Where(t => t.Hash == hash)
            .Select(t => new { Token = t, t.Person.DisplayName, t.Person.Role, t.Person.IsActive }).FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null || !found.Token.IsActiveAt(now) || !found.IsActive) return AuthenticateResult.Fail("The token is unknown, revoked or expired, or its person is disabled.");
        var token = found.Token;
        if (token.LastUsedUtc is null || now - token.LastUsedUtc >= UsedGranularity)
        {
            try
            {
                await db.AccessTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedUtc, now), Context.RequestAborted);
            }
            // The time shown is a courtesy: a write lock held elsewhere must not turn a script's read into a 503.
            catch (Exception e) when (DatabaseErrors.IsUnavailable(e))
            {
                Logger.LogWarning(e, "The last use of access token {TokenId} could not be recorded", token.Id);
            }
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, token.PersonId.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, found.DisplayName),
            new(Policies.RoleClaim, found.Role.ToString()),
            new(TokenIdClaim, token.Id.ToString(CultureInfo.InvariantCulture)),
            new(TokenNameClaim, token.Name),
        };
        claims.AddRange(token.ScopeList.Select(s => new Claim(TokenScopes.Claim, s)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, Name)), Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return Api.Admin.AdminApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Unauthorized");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Api.Admin.AdminApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden");

    /// <summary>The bearer secret, when the request carries one of ours.</summary>
    public static string? SecretOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var secret = header["Bearer ".Length..].Trim();
        return secret.StartsWith(AccessTokens.Prefix, StringComparison.Ordinal) && secret.Length < 200 ? secret : null;
    }

    /// <summary>The token's name when the request was made with one (audit lines name it).</summary>
    public static string? TokenNameOf(ClaimsPrincipal? user) => user?.FindFirstValue(TokenNameClaim);
}
