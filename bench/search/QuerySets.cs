using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Bench.Search;

/// <summary>Queries as readers type them: one inflected word, two or three words, and a quoted two-word phrase taken from a real post.</summary>
internal static class QuerySets
{
    public static async Task<List<(string Kind, List<string> Queries)>> CreateAsync(Func<QalamDb> db, Vocabulary vocabulary, int perKind)
    {
        var single = Enumerable.Range(0, perKind).Select(_ => vocabulary.Inflect(vocabulary.RandomStem())).ToList();
        var multi = Enumerable.Range(0, perKind)
            .Select(_ => string.Join(' ', Enumerable.Range(0, vocabulary.Next(2, 4)).Select(_ => vocabulary.Inflect(vocabulary.RandomStem())))).ToList();
        var phrases = new List<string>();
        await using var context = db();
        var max = await context.Posts.MaxAsync(p => p.Id);
        while (phrases.Count < perKind)
        {
            var id = vocabulary.Next(1, max + 1);
            var body = await context.Posts.Where(p => p.Id == id).Select(p => p.BodyHtml).FirstOrDefaultAsync();
            if (body is null) continue;
            var words = PostBody.ToText(body).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var at = vocabulary.Next(0, words.Length - 1);
            phrases.Add($"\"{words[at].Trim('.')} {words[at + 1].Trim('.')}\"");
        }
        return [("single word", single), ("2–3 words", multi), ("phrase", phrases)];
    }
}
