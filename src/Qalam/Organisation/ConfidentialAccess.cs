using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Organisation;

/// <summary>
/// Who may read a confidential document: administrators, people named on it, and people whose role is granted
/// (a role grant covers that role and the ones above it). Decided from the database on every request, not from the
/// cookie, so a removed grant or a lowered role takes effect on the very next click.
/// </summary>
public sealed class ConfidentialAccess(QalamDb db)
{
    public sealed record Reader(int Id, string Name, string? Email, Role Role);

    public async Task<Reader?> ReaderAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (Policies.IdOf(user) is not { } id) return null;
        return await db.People.AsNoTracking().Where(p => p.Id == id && p.IsActive)
            .Select(p => new Reader(p.Id, p.DisplayName, p.Email, p.Role)).FirstOrDefaultAsync(ct);
    }

    /// <summary>The documents this reader may open; the only list of them anyone but an administrator ever sees.</summary>
    public IQueryable<ConfidentialDocument> Readable(Reader reader)
    {
        var q = db.ConfidentialDocuments.AsNoTracking();
        if (reader.Role == Role.Administrator) return q;
        var role = reader.Role;
        var lower = Enum.GetValues<Role>().Where(r => r <= role).ToList();
        return q.Where(d => d.Grants.Any(g => g.PersonId == reader.Id || (g.Role != null && lower.Contains(g.Role.Value))));
    }

    public Task<ConfidentialDocument?> FindReadableAsync(Reader reader, Guid key, CancellationToken ct = default) =>
        Readable(reader).FirstOrDefaultAsync(d => d.Key == key, ct);
}
