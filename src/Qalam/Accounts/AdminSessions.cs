using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>Starts and ends the server-side records that signed-in cookies name (see <see cref="AdminSession"/>).</summary>
public sealed class AdminSessions(QalamDb db, TimeProvider clock)
{
    /// <summary>Adds a record in the caller's unit of work and returns its id for the cookie.</summary>
    public string Start(Person person)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.Sessions.Add(new AdminSession { Id = id, PersonId = person.Id, CreatedUtc = clock.GetUtcNow() });
        return id;
    }

    public Task EndAsync(string? id, CancellationToken ct = default) =>
        id is null ? Task.CompletedTask : db.Sessions.Where(s => s.Id == id).ExecuteDeleteAsync(ct);

    /// <summary>Ends every session of the person but <paramref name="keep"/> (the one making a password change).</summary>
    public Task EndAllAsync(int personId, string? keep = null, CancellationToken ct = default) =>
        db.Sessions.Where(s => s.PersonId == personId && s.Id != keep).ExecuteDeleteAsync(ct);

    public static Task<bool> ExistsAsync(QalamDb db, string? id, int personId) =>
        id is null ? Task.FromResult(false) : db.Sessions.AnyAsync(s => s.Id == id && s.PersonId == personId);
}
