using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Bench;

/// <summary>Writes generated Arabic posts through PostWriter's staged steps, as the importer does, in batches.</summary>
public sealed class PostGenerator(IServiceProvider services)
{
    private const int Batch = 250;
    private static readonly string[] Words =
    [
        "المؤسسة", "التدريب", "الرقمي", "الشباب", "المدينة", "البرنامج", "الأمن", "الشبكات", "الجامعة", "المعلمين", "البيانات",
        "المجتمع", "التقنية", "ورشة", "تقرير", "الإنترنت", "المدارس", "البلدية", "الخصوصية", "المهارات", "مبادرة", "الطلاب",
        "الحوكمة", "الشفافية", "المتطوعين", "الإعلام", "السياسات", "التعليم", "الابتكار", "الشراكة", "طرابلس", "بنغازي", "سبها", "مصراتة",
    ];
    private static readonly string[] AuthorNames = ["سلمى الورفلي", "Khaled Ezzedine", "نور الهدى المصراتي", "أحمد الزوي", "Alaa Elsagier", "مريم الفيتوري", "يوسف بن علي", "هدى القماطي"];
    private static readonly string[] CategoryNames = ["أخبار", "فعاليات", "تقارير", "تدريب", "أمن رقمي", "تعليم", "شراكات", "بيانات", "مدن", "شباب", "سياسات", "تطوع"];

    public sealed record Sample(string PostSlug, string AuthorSlug, string TagSlug);

    public async Task<Sample> GenerateAsync(int count)
    {
        var random = new Random(2026);
        var (authorIds, categoryIds) = await PrepareAsync();
        var tagNames = Enumerable.Range(0, 80).Select(i => $"{Words[i % Words.Length]} {Words[(i * 7 + 3) % Words.Length]}").Distinct().ToArray();
        var now = DateTimeOffset.UtcNow;
        string? middle = null;
        for (var start = 0; start < count; start += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<QalamDb>();
            var writer = sp.GetRequiredService<PostWriter>();
            var authors = await db.People.Where(p => authorIds.Contains(p.Id)).ToListAsync();
            var categories = await db.Categories.Where(c => categoryIds.Contains(c.Id)).ToListAsync();
            for (var i = start; i < Math.Min(count, start + Batch); i++)
            {
                var post = new Post
                {
                    Title = $"{Sentence(random, 6)} ({i + 1})",
                    Slug = "",
                    Author = authors[i % authors.Count],
                    PublishedUtc = now.AddHours(-i * 3 - 1),
                };
                post.Categories.Add(categories[random.Next(categories.Count)]);
                for (var t = 0; t < 3; t++)
                {
                    var name = tagNames[random.Next(tagNames.Length)];
                    var tag = await writer.FindOrCreateTagAsync(name, Slug.FromText(name));
                    if (!post.Tags.Contains(tag)) post.Tags.Add(tag);
                }
                db.Posts.Add(post);
                await writer.StageAsync(post, new PostEdit(Body(random), post.Author.Id));
                if (i == count / 2) middle = post.Slug;
            }
            // As the importer does, a batch at a time: posts get their ids first, so each publication names its post.
            await db.SaveChangesAsync();
            foreach (var post in db.Posts.Local.Where(p => p.Status == PostStatus.Draft).ToList()) await writer.MoveAsync(post, PostStatus.Published);
            await db.SaveChangesAsync();
            Console.Write($"\r{Math.Min(count, start + Batch)} / {count}");
        }
        Console.WriteLine();
        await using var last = services.CreateAsyncScope();
        var authorSlug = await last.ServiceProvider.GetRequiredService<QalamDb>().People.Where(p => p.Id == authorIds[0]).Select(p => p.Slug).FirstAsync();
        return new Sample(middle ?? "", authorSlug, Slug.FromText(tagNames[0]));
    }

    private async Task<(List<int> Authors, List<int> Categories)> PrepareAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var people = sp.GetRequiredService<PeopleService>();
        var writer = sp.GetRequiredService<PostWriter>();
        var db = sp.GetRequiredService<QalamDb>();
        var authors = new List<int>();
        for (var i = 0; i < AuthorNames.Length; i++)
        {
            var person = await people.AddAsync($"bench-{i}@bench.example", AuthorNames[i], Role.Author, password: null);
            person.Bio = Sentence(new Random(i), 12);
            await db.SaveChangesAsync();
            authors.Add(person.Id);
        }
        var categories = new List<Category>();
        foreach (var name in CategoryNames) categories.Add(await writer.FindOrCreateCategoryAsync(name, "bench-" + Slug.FromText(name)));
        await db.SaveChangesAsync();
        return (authors, categories.Select(c => c.Id).ToList());
    }

    private static string Sentence(Random random, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static string Body(Random random)
    {
        var paragraphs = Enumerable.Range(0, random.Next(4, 8)).Select(_ => $"<p>{Sentence(random, random.Next(25, 60))}.</p>");
        return string.Concat(paragraphs) + $"<p>#{Words[random.Next(Words.Length)]}_{Words[random.Next(Words.Length)]}</p>";
    }
}
