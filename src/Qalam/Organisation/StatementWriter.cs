using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Organisation;

/// <summary>
/// What may still happen to a numbered statement, whose text is locked: a correction published as its new version, an
/// addendum below it, or its withdrawal with a notice. Publication itself is <see cref="StatementPublisher"/>'s.
/// </summary>
public sealed class StatementWriter(QalamDb db, AuditLog audit, TimeProvider clock, PostWriter posts)
{
    public Task AddAddendumAsync(Statement statement, string html, int? authorId, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        statement.Addenda.Add(new StatementAddendum { BodyHtml = html, PublishedUtc = clock.GetUtcNow(), AuthorId = authorId });
        audit.Record("statement-addendum", $"post:{statement.PostId}", $"{statement.Year}/{statement.Number}");
        await db.SaveChangesAsync(ct);
    }, ct);

    /// <summary>
    /// Publishes <paramref name="html"/> as the statement's new text, under the same number and address: the text it
    /// replaces is kept as the next version with the date and <paramref name="reason"/>, and the correction is audited,
    /// all in one transaction. Returns false, changing nothing, when the new text is the text already published.
    /// </summary>
    public Task<bool> CorrectAsync(Statement statement, string html, string reason, int? editorId, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        if (statement.Number is null || statement.WithdrawnUtc is not null) throw new InvalidOperationException("Only a numbered statement that stands can be corrected.");
        var post = statement.Post;
        var replaced = post.BodyHtml;
        await posts.ApplyBodyAsync(post, html, ct);
        if (post.BodyHtml == replaced) return false;
        var count = await db.StatementVersions.CountAsync(v => v.StatementPostId == statement.PostId, ct);
        db.StatementVersions.Add(new StatementVersion
        {
            StatementPostId = statement.PostId, Number = count + 1, Title = post.Title, BodyHtml = replaced,
            SupersededUtc = clock.GetUtcNow(), Reason = reason.Trim(), CorrectedById = editorId,
        });
        posts.Touch(post, editorId);
        audit.Record("statement-corrected", $"post:{statement.PostId}", $"{statement.Year}/{statement.Number}: {reason.Trim()}");
        using (StatementLock.Correcting(db, statement.PostId)) await db.SaveChangesAsync(ct);
        return true;
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
