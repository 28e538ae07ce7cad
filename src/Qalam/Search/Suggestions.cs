namespace Qalam.Search;

/// <summary>
/// "Did you mean": the indexed word nearest to a word that found nothing. Distance is Damerau's (a swap of two letters
/// is one edit), in half edits: letters readers confuse (ض/ظ, ذ/ز, ث/س, ص/س, ط/ت, final ى/ا…) and a doubled or
/// undoubled letter cost half, as they are the commonest slips and rarely change which word was meant.
/// </summary>
public static class Suggestions
{
    /// <summary>A full edit, in the units <see cref="Distance"/> returns.</summary>
    public const int Edit = 2;

    // Pairs after normalising (which already folds أ/إ/آ, ى/ي, ة/ه), plus the raw forms for text not yet normalised.
    private static readonly HashSet<(char, char)> Confusable = Pairs(
        "ضظ", "ضد", "ظز", "ذز", "ذد", "ثس", "ثت", "صس", "طت", "قك", "يا", "ىي", "ىا", "هة", "اأ", "اإ", "اآ", "وؤ", "يئ");

    /// <summary>The nearest candidate within a third of the word's length (at least one edit), or null; ties go to the
    /// first in ordinal order, so the same typo always gets the same correction.</summary>
    public static string? Nearest(string normalisedWord, IEnumerable<string> candidates)
    {
        var limit = Edit * Math.Max(1, normalisedWord.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == normalisedWord) continue;
            var d = Distance(normalisedWord, candidate, Math.Min(limit, bestDistance));
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                (best, bestDistance) = (candidate, d);
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Weighted Damerau distance (optimal string alignment) in half edits, giving up (returning limit + 1)
    /// once it must exceed <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue / 2)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 1; j <= b.Length; j++) previous[j] = previous[j - 1] + InsertCost(b, j - 1);
        var previousMin = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = previous[0] + InsertCost(a, i - 1);
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var d = Math.Min(current[j - 1] + InsertCost(b, j - 1), previous[j] + InsertCost(a, i - 1));
                d = Math.Min(d, previous[j - 1] + SubstituteCost(a[i - 1], b[j - 1]));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && a[i - 1] != a[i - 2]) d = Math.Min(d, before[j - 2] + Edit);
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            // A swap can jump a row, so give up only when two rows in a row are past the limit.
            if (rowMin > limit && previousMin > limit) return limit + 1;
            previousMin = rowMin;
            (before, previous, current) = (previous, current, before);
        }
        return Math.Min(previous[b.Length], limit + 1);
    }

    // Adding or dropping the second of two equal letters («مدرسسة», «الطلب» for «الطّلّاب» typed without its double) costs half.
    private static int InsertCost(string s, int at) => at > 0 && s[at] == s[at - 1] ? 1 : Edit;

    private static int SubstituteCost(char x, char y) => x == y ? 0 : Confusable.Contains((x, y)) ? 1 : Edit;

    private static HashSet<(char, char)> Pairs(params string[] pairs) =>
        [.. pairs.SelectMany(p => new[] { (p[0], p[1]), (p[1], p[0]) })];
}
