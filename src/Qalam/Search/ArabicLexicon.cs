using System.IO.Compression;

namespace Qalam.Search;

/// <summary>
/// Known Arabic words, normalised as search normalises them: the guard against over-stemming. A prefix or suffix is
/// only taken off when what is left is a known word, so «وجهة» keeps its waw and «نقابات» goes with «نقابة», not
/// «نقاب». The words come from the Ayaspell dictionary (MPL 1.1, see Lexicon/NOTICE.md), bundled in the application;
/// the set is fixed for a given <see cref="SearchAnalyzer.Version"/>, so the same text always gives the same terms.
/// </summary>
public static class ArabicLexicon
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    public static bool Contains(ReadOnlySpan<char> normalised) => Words.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalised);

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(120_000, StringComparer.Ordinal);
        using var stream = typeof(ArabicLexicon).Assembly.GetManifestResourceStream("Qalam.Search.ar-words.txt.gz")
            ?? throw new InvalidOperationException("The Arabic word list is missing from the application.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) words.Add(ArabicText.Normalize(line));
        }
        return words;
    }
}
