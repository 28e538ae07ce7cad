namespace Qalam.Search;

/// <summary>
/// How the index numbers languages: every posting carries its post's language in one byte, so filtering by language
/// costs nothing while ranking. A code gets its number the first time a post in it is indexed, kept in a row of
/// SearchTerms (<see cref="Prefix"/> + code, its Df the number: no term holds a control character) that clearing the
/// index keeps. Numbers are never changed or reused, so neither reordering Qalam:Languages nor adding a language can
/// make a stored posting mean another language. 0 is no language (a post without one, or a code past the 255th).
/// </summary>
public sealed class IndexLanguages
{
    public const string Prefix = "\u0002";
    /// <summary>Just past every language row: the rows are the keys from <see cref="Prefix"/> up to here.</summary>
    public const string End = "\u0003";
    public const int MaxNumber = 255;

    private readonly Dictionary<string, byte> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<byte, string> _codes = [];

    /// <summary>The numbers among rows read from SearchTerms (other rows are ignored).</summary>
    public IndexLanguages(IEnumerable<KeyValuePair<string, long>> rows)
    {
        foreach (var (key, number) in rows)
        {
            if (!key.StartsWith(Prefix, StringComparison.Ordinal) || number is < 1 or > MaxNumber) continue;
            _numbers[key[Prefix.Length..]] = (byte)number;
            _codes[(byte)number] = key[Prefix.Length..];
        }
    }

    public static string Key(string code) => Prefix + Normalize(code);

    public static string Normalize(string? code) => (code ?? "").Trim().ToLowerInvariant();

    /// <summary>The number of a code, or null when no post in it has been indexed (nothing can match it).</summary>
    public byte? NumberOf(string? code) => _numbers.TryGetValue(Normalize(code), out var n) ? n : null;

    public string? CodeOf(byte number) => _codes.GetValueOrDefault(number);

    /// <summary>A post's number, 0 for none.</summary>
    public byte Of(string? code) => NumberOf(code) ?? 0;

    /// <summary>The codes of these posts that have no number yet (none for an empty code).</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string?> codes) =>
        codes.Select(Normalize).Where(c => c.Length > 0 && !_numbers.ContainsKey(c)).Distinct(StringComparer.Ordinal).ToList();
}
