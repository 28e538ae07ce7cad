using Qalam.Data;

namespace Qalam.Search;

public sealed partial class SqliteSearchStore
{
    // The statistics, then each changed term's blocks, term by term.
    private static async Task ApplyAsync(QalamDb db, IndexChanges changes, CancellationToken ct)
    {
        await ApplyCountsAsync(db, changes, ct);
        await ApplyBlocksAsync(db, changes, ct);
    }

    private static async Task ApplyBlocksAsync(QalamDb db, IndexChanges changes, CancellationToken ct)
    {
        if (changes.Blocks.Count == 0) return;
        await using var read = Command(db, """
            SELECT * FROM (SELECT Id, First, Last, Ids, Documents, Positions FROM SearchBlocks WHERE Term = $t AND First <= $min ORDER BY First DESC LIMIT 1)
            UNION ALL
            SELECT Id, First, Last, Ids, Documents, Positions FROM SearchBlocks WHERE Term = $t AND First > $min AND First <= $max
            """, ("$t", ""), ("$min", 0), ("$max", 0));
        await using var delete = Command(db, "DELETE FROM SearchBlocks WHERE Id = $id", ("$id", 0L));
        await using var insert = Command(db, "INSERT INTO SearchBlocks (Term, First, Last, Ids, Documents, Positions) VALUES ($t, $first, $last, $ids, $docs, $positions)",
            ("$t", ""), ("$first", 0), ("$last", 0), ("$ids", Array.Empty<byte>()), ("$docs", Array.Empty<byte>()), ("$positions", Array.Empty<byte>()));
        await using var update = Command(db, "UPDATE SearchBlocks SET First = $first, Last = $last, Ids = $ids, Documents = $docs, Positions = $positions WHERE Id = $id",
            ("$id", 0L), ("$first", 0), ("$last", 0), ("$ids", Array.Empty<byte>()), ("$docs", Array.Empty<byte>()), ("$positions", Array.Empty<byte>()));
        foreach (var (term, (removed, added)) in changes.Blocks)
        {
            var ids = removed.Concat(added.Select(p => p.PostId)).ToList();
            Set(read, ("$t", term), ("$min", ids.Min()), ("$max", ids.Max()));
            var existing = await ReadAsync(read, r => (Id: r.GetInt64(0), Block: new PostingBlocks.Block(r.GetInt32(1), r.GetInt32(2),
                (byte[])r.GetValue(3), (byte[])r.GetValue(4), (byte[])r.GetValue(5))), ct);
            var blocks = PostingBlocks.Merge(existing.Select(e => e.Block).OrderBy(b => b.First).ToList(), removed,
                added.OrderBy(p => p.PostId).ToList());
            if (existing.Count == 1 && blocks.Count == 1)
            {
                // Most terms of a save: their one block rewritten in place, one statement, and its index entry kept
                // when the first id stays (no block of the term starts between the old first id and a lower new one).
                var block = blocks[0];
                Set(update, ("$id", existing[0].Id), ("$first", block.First), ("$last", block.Last), ("$ids", block.Ids), ("$docs", block.Documents), ("$positions", block.Positions));
                await update.ExecuteNonQueryAsync(ct);
                continue;
            }
            foreach (var (id, _) in existing)
            {
                Set(delete, ("$id", id));
                await delete.ExecuteNonQueryAsync(ct);
            }
            foreach (var block in blocks)
            {
                Set(insert, ("$t", term), ("$first", block.First), ("$last", block.Last), ("$ids", block.Ids), ("$docs", block.Documents), ("$positions", block.Positions));
                await insert.ExecuteNonQueryAsync(ct);
            }
        }
    }
}
