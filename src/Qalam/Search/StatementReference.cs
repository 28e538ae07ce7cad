using System.Globalization;
using System.Text.RegularExpressions;

namespace Qalam.Search;

/// <summary>
/// A search for a statement by its number, written the ways people write it: «بيان رقم 3», «البيان 3 لسنة 2026», «بيان ٣»,
/// «بيان رقم (3) لعام 2026» (the heading, pasted), «بيان 3/2026», "statement 3". Read from the normalised query, so
/// digits, hamza and taa marbuta forms do not matter. Pure: whether such a statement exists is asked elsewhere.
/// </summary>
public sealed partial record StatementReference(int Number, int? Year)
{
    public static StatementReference? Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query) || query.Length > 100) return null;
        var text = ArabicText.Normalize(query.Replace('«', ' ').Replace('»', ' ').Replace('"', ' ').Replace('“', ' ').Replace('”', ' '));
        var match = Pattern().Match(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        if (!match.Success) return null;
        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        return number > 0 ? new StatementReference(number, year) : null;
    }

    // After normalising: «لسنة» is «لسنه», Arabic-Indic digits are Western, Latin is lower case.
    [GeneratedRegex("""
        ^(?:(?:ال)?بيان|statement)\s?(?:رقم|no\.?|number|\#)?\s?
        [(\[]?\s?(?<n>\d{1,4})\s?[)\]]?
        (?:(?:\s?/\s?|\s)(?:(?:لعام|للعام|لسنه|للسنه|عام|سنه|في\s(?:عام|سنه)|of|for|in)\s)?(?<y>(?:19|20)\d\d)\s?م?)?
        \s?[.،,]?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
