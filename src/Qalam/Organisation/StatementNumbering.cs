using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Organisation;

/// <summary>
/// Gives a statement its number at first publication: «بيان رقم (n) لعام yyyy», per calendar year in the site's time zone.
/// The counter row and the statement's number are changed in the caller's unit of work, so they commit together or not
/// at all: a publication that fails consumes no number. Two publications racing for the same number cannot both commit:
/// <see cref="StatementPublisher"/> serialises them (SQLite's write lock, PostgreSQL's row lock on the counter), and the unique index on (Year, Number) refuses whatever slips past.
/// </summary>
public sealed class StatementNumbering(QalamDb db)
{
    public async Task NumberAsync(Post post, CancellationToken ct = default)
    {
        if (post.Kind != PostKind.Statement) return;
        var statement = db.Statements.Local.FirstOrDefault(s => s.PostId == post.Id || ReferenceEquals(s.Post, post))
            ?? await db.Statements.FirstOrDefaultAsync(s => s.PostId == post.Id, ct);
        if (statement is null)
        {
            statement = new Statement { Post = post };
            db.Statements.Add(statement);
        }
        // A number is given once and kept for ever, through unpublishing, republishing and withdrawal.
        if (statement.Number is not null) return;
        // A translation shares its group's number (StatementNumbers) and never takes one of its own.
        if (post.TranslationGroupId is { } group
            && await db.Statements.AnyAsync(s => s.Number != null && s.PostId != post.Id && s.Post.TranslationGroupId == group, ct)) return;

        var year = await LocalYearAsync(post.PublishedUtc ?? throw new InvalidOperationException("Number a statement after its publication time is set."), ct);
        var counter = db.StatementCounters.Local.FirstOrDefault(c => c.Year == year)
            ?? await RowLocks.StatementCounterAsync(db, year, ct);
        if (counter is null)
        {
            counter = new StatementCounter { Year = year, LastNumber = 0 };
            db.StatementCounters.Add(counter);
        }
        counter.LastNumber++;
        statement.Year = year;
        statement.Number = counter.LastNumber;
    }

    private async Task<int> LocalYearAsync(DateTimeOffset utc, CancellationToken ct)
    {
        var zoneId = await db.Settings.AsNoTracking().Where(s => s.Id == 1).Select(s => s.TimeZone).FirstOrDefaultAsync(ct) ?? "Africa/Tripoli";
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            zone = TimeZoneInfo.Utc;
        }
        return TimeZoneInfo.ConvertTime(utc, zone).Year;
    }
}
