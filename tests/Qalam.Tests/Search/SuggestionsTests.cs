using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("سبهي", "سبها")]                 // one letter off
    [InlineData("netwrok", "network")]           // a transposition is two edits
    [InlineData("التدرب", "التدريب")]            // a missing letter
    [InlineData("زززززز", null)]                 // nothing near enough
    public void Nearest_finds_the_closest_indexed_word(string word, string? expected) =>
        Assert.Equal(expected, Suggestions.Nearest(word, ["سبها", "network", "التدريب", "المؤسسه", "ليبيا"]));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("كتاب", "كتب", 1)]
    [InlineData("مؤسسة", "موسسه", 2)]
    [InlineData("abc", "xyz", 3)]
    public void Distance_is_levenshtein(string a, string b, int distance) => Assert.Equal(distance, Suggestions.Distance(a, b));
}
