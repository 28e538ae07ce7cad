using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>
/// Locks a sign-in step after <see cref="MaxFailures"/> failures in a row, per scope: wrong passwords per person and
/// address, so a stranger who knows an email locks only their own address and the owner still signs in from theirs;
/// wrong two-step codes per person, counted apart from passwords and reset only by a right code.
/// </summary>
public sealed class SignInLockout(QalamDb db, AuditLog audit, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    public async Task<bool> IsLockedAsync(Person person, string scope, CancellationToken ct = default) =>
        await FindAsync(person, scope, ct) is { LockedUntilUtc: { } until } && until > clock.GetUtcNow();

    /// <summary>Counts a failure; the fifth in a row locks the scope (and is recorded as a lockout).</summary>
    public async Task CountFailureAsync(Person person, string scope, CancellationToken ct = default)
    {
        var row = await FindAsync(person, scope, ct);
        if (row is null) db.SignInFailures.Add(row = new SignInFailure { PersonId = person.Id, Scope = scope });
        row.Count++;
        if (row.Count < MaxFailures) return;
        row.Count = 0;
        row.LockedUntilUtc = clock.GetUtcNow().Add(Duration);
        audit.Record("account-locked", $"person:{person.Id}", $"{scope} until {row.LockedUntilUtc:O}", actorId: person.Id, actorName: person.Email);
    }

    public async Task ResetAsync(Person person, string scope, CancellationToken ct = default)
    {
        if (await FindAsync(person, scope, ct) is { } row) db.SignInFailures.Remove(row);
    }

    /// <summary>After a password reset by the owner: every lock on the person ends.</summary>
    public Task ResetAllAsync(Person person, CancellationToken ct = default) =>
        db.SignInFailures.Where(f => f.PersonId == person.Id).ExecuteDeleteAsync(ct);

    private Task<SignInFailure?> FindAsync(Person person, string scope, CancellationToken ct) =>
        db.SignInFailures.FirstOrDefaultAsync(f => f.PersonId == person.Id && f.Scope == scope, ct);
}
