using System.Text.Json;
using Qalam.Data;

namespace Qalam.Search;

public sealed partial class SqliteSearchStore
{
    /// <summary>
    /// What one write adds to (or takes from) the statistics, summed over its documents, so each term and word is
    /// written once a write rather than once a document: most of a batch's documents share most of their words.
    /// </summary>
    private sealed class Frequencies
    {
        private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
        private int _documents;
        private double _length;

        /// <param name="sign">1 for a document indexed, -1 for one taken out.</param>
        public void Add(IEnumerable<string> terms, IEnumerable<string> words, double length, int sign)
        {
            foreach (var term in terms) _terms[term] = _terms.GetValueOrDefault(term) + sign;
            foreach (var word in words) _words[word] = _words.GetValueOrDefault(word) + sign;
            _documents += sign;
            _length += sign * length;
        }

        public async Task ApplyAsync(QalamDb db, CancellationToken ct)
        {
            if (_documents == 0 && _terms.Count == 0) return;
            // Counts that fall to zero (a document taken out) leave the tables, so suggestions never offer a word no post has.
            var emptied = _terms.Values.Any(v => v < 0) || _words.Values.Any(v => v < 0);
            await using var cmd = Command(db, $"""
                INSERT INTO SearchTerms (Term, Df) SELECT key, value FROM json_each($terms) WHERE true
                    ON CONFLICT (Term) DO UPDATE SET Df = Df + excluded.Df;
                INSERT INTO SearchWords (Word, Length, Df) SELECT key, length(key), value FROM json_each($words) WHERE true
                    ON CONFLICT (Word) DO UPDATE SET Df = Df + excluded.Df;
                {(emptied ? """
                    DELETE FROM SearchTerms WHERE Df <= 0 AND Term IN (SELECT key FROM json_each($terms));
                    DELETE FROM SearchWords WHERE Df <= 0 AND Word IN (SELECT key FROM json_each($words));
                    """ : "")}
                UPDATE SearchStats SET Documents = Documents + $documents, TotalLength = TotalLength + $length WHERE Id = 1;
                """, ("$terms", JsonSerializer.Serialize(_terms, Json)), ("$words", JsonSerializer.Serialize(_words, Json)),
                ("$documents", _documents), ("$length", _length));
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
