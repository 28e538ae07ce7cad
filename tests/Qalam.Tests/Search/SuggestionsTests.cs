using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("سبهي", "سبها")]                 // one letter off (final ى/ي typed for alef)
    [InlineData("netwrok", "network")]           // two letters swapped: one edit
    [InlineData("التدرب", "التدريب")]            // a missing letter
    [InlineData("محفوضه", "محفوظه")]             // ض for ظ, over a word one plain edit away
    [InlineData("الانترررنت", "الانترنت")]       // a letter typed twice
    [InlineData("زززززز", null)]                 // nothing near enough
    public void Nearest_finds_the_closest_indexed_word(string word, string? expected) =>
        Assert.Equal(expected, Suggestions.Nearest(word, ["سبها", "network", "التدريب", "المؤسسه", "ليبيا", "محفوره", "محفوظه", "الانترنت"]));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("كتاب", "كتب", 2)]               // a letter dropped: one edit
    [InlineData("abc", "xyz", 6)]                // three substitutions
    [InlineData("ab", "ba", 2)]                  // a swap is one edit, not two
    [InlineData("ضرب", "ظرب", 1)]                // a confusable pair costs half
    [InlineData("مدرسسه", "مدرسه", 1)]           // so does a doubled letter
    [InlineData("مدرسته", "مدرسه", 2)]           // but any other extra letter a whole edit
    public void Distance_counts_half_edits(string a, string b, int distance) => Assert.Equal(distance, Suggestions.Distance(a, b));
}
