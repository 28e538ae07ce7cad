using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;
using Qalam.Content;

namespace Qalam.Pages.Admin.Posts;

/// <summary>A word-level diff of two revisions' text (title and body as plain text), for people, not machines.</summary>
public static partial class RevisionDiff
{
    public enum Change { Same, Deleted, Inserted }

    public sealed record Segment(Change Change, string Text);

    public static IReadOnlyList<Segment> Compare(Revision older, Revision newer) =>
        Compare(Text(older), Text(newer));

    public static IReadOnlyList<Segment> Compare(string older, string newer)
    {
        var result = Differ.Instance.CreateDiffs(older, newer, ignoreWhiteSpace: false, ignoreCase: false, new Words());
        var segments = new List<Segment>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, Change.Same, result.PiecesOld, a, block.DeleteStartA - a);
            Add(segments, Change.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, Change.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Add(segments, Change.Same, result.PiecesOld, a, result.PiecesOld.Count - a);
        return segments;
    }

    private static string Text(Revision r) => r.Title + "\n\n" + PostBody.ToText(r.BodyHtml);

    private static void Add(List<Segment> segments, Change change, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0) return;
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Change == change) segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        else segments.Add(new Segment(change, text));
    }

    /// <summary>Words, runs of spaces and single punctuation marks, so that joining the pieces gives the text back.</summary>
    private sealed partial class Words : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => Token().Matches(text).Select(m => m.Value).ToArray();

        [GeneratedRegex(@"\s+|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]")]
        private static partial Regex Token();
    }
}
