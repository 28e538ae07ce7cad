namespace Qalam.Search;

/// <summary>The Snowball (Porter2) English stemmer from Lucene's analysis package: «networks» and «networking» → «network».</summary>
public static class EnglishStemmer
{
    // The Snowball program keeps state between calls, so each thread has its own.
    [ThreadStatic]
    private static Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer? _stemmer;

    public static string Stem(string word)
    {
        var stemmer = _stemmer ??= new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
