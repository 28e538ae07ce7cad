using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Organisation;

/// <summary>
/// What may still happen to a numbered statement, whose text is locked: an addendum below it, or its withdrawal with a
/// notice. Publication itself is <see cref="StatementPublisher"/>'s.
/// </summary>
public sealed class StatementWriter(QalamDb db, AuditLog audit, TimeProvider clock)
{
    public Task AddAddendumAsync(Statement statement, string html, int? authorId, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        statement.Addenda.Add(new StatementAddendum { BodyHtml = html, PublishedUtc = clock.GetUtcNow(), AuthorId = authorId });
        audit.Record("statement-addendum", $"post:{statement.PostId}", $"{statement.Year}/{statement.Number}");
        await db.SaveChangesAsync(ct);
    }, ct);

    /// <summary>Withdraws the statement once; it keeps its number and stays readable with the notice above it.</summary>
    public Task WithdrawAsync(Statement statement, string notice, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        if (statement.WithdrawnUtc is not null) return;
        statement.WithdrawnUtc = clock.GetUtcNow();
        statement.WithdrawalNotice = notice.Trim();
        audit.Record("statement-withdrawn", $"post:{statement.PostId}", $"{statement.Year}/{statement.Number}");
        await db.SaveChangesAsync(ct);
    }, ct);
}
