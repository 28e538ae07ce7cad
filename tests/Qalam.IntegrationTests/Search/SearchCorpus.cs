using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Search;

/// <summary>Posts for search tests, written the way the app writes them: PostWriter for the body and slug, Publishing for the status.</summary>
public static class SearchCorpus
{
    public sealed record Draft(string Slug, string Title, string Body, string[]? Tags = null, string Language = "ar",
        PostKind Kind = PostKind.News, int DaysAgo = 10, PostStatus Status = PostStatus.Published, string? Category = null, string Author = "salma");

    /// <summary>A small organisation's posts, each written differently from the way readers will type their words.</summary>
    public static readonly Draft[] Posts =
    [
        new("annual-meeting", "الإجتماع السنوي للجمعية العمومية", "<p>عقدت الجمعية العمومية لمؤسسة واحة التقنية اجتماعها السنوي واعتمدت القوائم المالية.</p>", ["الحوكمة"], DaysAgo: 40, Category: "news", Author: "board"),
        new("data-statement", "بَيَانٌ بِشَأْنِ حِمَايَةِ بَيَانَاتِ المُتَدَرِّبِين", "<p>تُؤَكِّدُ المُؤَسَّسَةُ أَنَّ بَيَانَاتِ المُتَدَرِّبِينَ مَحْفُوظَةٌ وَفْقَ سِيَاسَةِ الخُصُوصِيَّةِ المُعْلَنَةِ.</p>", Kind: PostKind.Statement, DaysAgo: 12, Category: "statements", Author: "board"),
        new("libyan-institutions", "المؤسسات الليبية تطلق مبادرة للتحول الرقمي", "<p>أعلنت عدة مؤسسات أهلية إطلاق مبادرة مشتركة لتدريب الموظفين على الأدوات الرقمية.</p>", DaysAgo: 30, Category: "news"),
        new("sabha-training", "إطلاق برنامج للتدريب في سبها", "<p>يستهدف البرنامج المعلمين والطلاب، ويشمل التدريب على البرمجة وتصميم المواقع والأمن الرقمي.</p><p>#ليبيا_الرقمية</p>", ["التدريب"], DaysAgo: 2, Category: "events"),
        new("teachers-guide", "دليل للمعلمين عن التعليم عن بعد", "<p>أعدّ فريق المؤسسة دليلاً عملياً يساعد المعلّمين على استخدام منصات التعليم الإلكتروني.</p>", ["التعليم"], DaysAgo: 60, Category: "reports", Author: "nour"),
        new("digital-rights", "Digital rights network grows across North Africa", "<p>Waha Tech joined a regional network of groups working on digital rights and online safety.</p>", ["digital rights"], Language: "en", DaysAgo: 20, Category: "english", Author: "khaled"),
        new("report-2025", "تقرير الأنشطة لعام ٢٠٢٥", "<p>يعرض التقرير السنوي لعام ٢٠٢٥ أنشطة المؤسسة ونتائجها في ١٤ بلدية.</p>", ["تقارير"], DaysAgo: 90, Category: "reports", Author: "nour"),
        new("responsibility", "مسؤولية المؤتمر الوطني للإعلام", "<p>ناقش المؤتمر الوطني مسؤولية وسائل الإعلام في مواجهة الأخبار الزائفة.</p>", DaysAgo: 25, Category: "news"),
        new("school-network", "ربط المدرسة بالإنترنت في غريان", "<p>نجحت المؤسسة في ربط مدرسة ريفية بشبكة الإنترنت عبر الألياف البصرية.</p>", DaysAgo: 35, Category: "news"),
        new("security-tips", "نصائح الأمن السيبراني للأسر", "<p>يقدم فريق الأمن الرقمي نصائح بسيطة لحماية حسابات العائلة.</p><p>#الأمن_السيبراني</p>", DaysAgo: 15, Category: "reports", Author: "khaled"),
        new("open-source", "Open source tools for newsrooms", "<p>A short list of open source tools that small newsrooms can run on a modest budget.</p>", Language: "en", DaysAgo: 70, Category: "english", Author: "khaled"),
        new("secret-draft", "مسودة عن ميزانية سرية", "<p>ميزانية سرية لم تنشر بعد.</p>", Status: PostStatus.Draft, DaysAgo: 1),
        new("private-minutes", "محضر اجتماع خاص بالميزانية", "<p>محضر خاص عن الميزانية والرواتب.</p>", Status: PostStatus.Private, DaysAgo: 3),
        new("scheduled-award", "إعلان جائزة الابتكار الرقمي", "<p>تعلن المؤسسة عن جائزة الابتكار الرقمي للشباب.</p>", Status: PostStatus.Scheduled, DaysAgo: -5),
        // Written for the analyser's cases: hamza seats, possessives, stacked clitics, feminine endings, look-alike words.
        new("officials-affairs", "لقاء المسئولين بأهالي الحي", "<p>ناقش المسئولون شئون الحي ورءوس الأموال الصغيرة، وتفاءل الحاضرون بالنتائج.</p>", DaysAgo: 8, Category: "news"),
        new("russian-delegation", "وفد من الروس في طرابلس", "<p>زار وفد من الروس ميناء طرابلس.</p>", DaysAgo: 9, Category: "news"),
        new("partners-thanks", "شكر لشركائنا وأبنائهم", "<p>نشكر شركاءنا على دعمهم، ونرحب بأبنائهم في ورشة الصيف. مشروعهم القادم عن البيئة.</p><p>#شركاء_التنمية</p>", DaysAgo: 11, Category: "news"),
        new("community-support", "دعم للمجتمع الأهلي ولليبيا كلها", "<p>وبالمجتمع المدني نبني، فللمجتمع حق علينا، وكالمجتمع الواعي نعمل. وختم الحفل إلقاء كلمة الضيوف.</p>", DaysAgo: 13, Category: "news"),
        new("our-letter", "رسالتنا الوطنية", "<p>نشرت الجمعية رسالتها السنوية، ووطنيتها واضحة في رسائلها.</p>", DaysAgo: 14, Category: "news"),
        new("unions", "النقابات المهنية تطالب بحقوق العمال", "<p>اجتمعت نقابة الأطباء مع المحاكم المحلية، وتغيرت وجهة النقاش نحو مستشفى قرب الجامع الكبير.</p>", DaysAgo: 16, Category: "news"),
        new("veil-debate", "جدل حول النقاب في المدارس", "<p>ناقش البرلمان منع النقاب، ورأى بعض النواب أن الجهة المختصة هي وزارة التعليم.</p>", DaysAgo: 17, Category: "news"),
        new("constructive-dialogue", "حوار بنّاء بين الشباب والبلدية", "<p>دار حوار بنّاء حول مستقبل الحدائق العامة.</p>", DaysAgo: 18, Category: "news"),
        new("new-building", "بناء مقر جديد في الحي", "<p>بدأ بناء المقر الجديد بتمويل من المتبرعين.</p>", DaysAgo: 19, Category: "news"),
        // Ranking: a title about the word, a short post about it, and a long, newer post that mentions it once.
        new("farming-title", "الزراعة في الجنوب", "<p>تقرير قصير عن المحاصيل في الواحات.</p>", DaysAgo: 21, Category: "news"),
        new("farming-short", "ملاحظات من الحقل", "<p>الزراعة المائية والزراعة العضوية في الواحات.</p>", DaysAgo: 21, Category: "news"),
        new("farming-long", "أخبار متنوعة من الأسبوع", "<p>" + string.Join(" ", Enumerable.Repeat("تابعنا هذا الأسبوع أخبار الطقس والطرق والأسواق والرياضة في المدن الساحلية.", 12)) + " وذُكرت الزراعة مرة.</p>", DaysAgo: 1, Category: "news"),
        .. Enumerable.Range(1, 12).Select(i => new Draft($"newsletter-{i}", $"النشرة الشهرية رقم {i}", $"<p>النشرة الشهرية للمؤسسة، العدد {i}.</p>", DaysAgo: 100 + i, Category: "newsletter")),
    ];

    public static async Task SeedAsync(QalamFactory factory)
    {
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var writer = sp.GetRequiredService<PostWriter>();
            var people = new Dictionary<string, Person>();
            foreach (var (slug, name) in new[] { ("salma", "سلمى الورفلي"), ("board", "مجلس الأمناء"), ("nour", "نور الهدى"), ("khaled", "Khaled Ezzedine") })
            {
                var person = new Person { DisplayName = name, Slug = slug, CreatedUtc = factory.Clock.GetUtcNow() };
                db.People.Add(person);
                people[slug] = person;
            }
            var news = await writer.FindOrCreateCategoryAsync("أخبار", "news");
            await db.SaveChangesAsync();
            foreach (var d in Posts) await AddAsync(sp, factory, d, people[d.Author], news);
        });
    }

    public static async Task<int> AddAsync(IServiceProvider sp, QalamFactory factory, Draft d, Person author, Category news)
    {
        var db = sp.GetRequiredService<QalamDb>();
        var writer = sp.GetRequiredService<PostWriter>();
        var publishing = sp.GetRequiredService<Publishing>();
        var post = new Post
        {
            Title = d.Title, Slug = "", Author = author, Kind = d.Kind, Language = d.Language,
            PublishedUtc = factory.Clock.GetUtcNow().AddDays(-d.DaysAgo),
        };
        var category = d.Category switch
        {
            null => null,
            "events" => await writer.FindOrCreateCategoryAsync("فعاليات", "events", news),
            "news" => news,
            _ => await writer.FindOrCreateCategoryAsync(d.Category, d.Category),
        };
        if (category is not null) post.Categories.Add(category);
        foreach (var tag in d.Tags ?? []) post.Tags.Add(await writer.FindOrCreateTagAsync(tag, Slug.FromText(tag)));
        await writer.ApplyBodyAsync(post, d.Body);
        await writer.SetSlugAsync(post, d.Slug);
        writer.Touch(post, author.Id);
        await writer.SaveAsync(post, d.Status == PostStatus.Scheduled ? PostStatus.Published : d.Status);
        return post.Id;
    }

    public static Task<int> IdOfAsync(QalamFactory factory, string slug) =>
        factory.WithDbAsync(db => db.Posts.Where(p => p.Slug == slug).Select(p => p.Id).FirstAsync());
}

/// <summary>One app with the corpus, shared by the tests of a class that only read.</summary>
public sealed class SearchSite : IAsyncLifetime
{
    public QalamFactory Factory { get; } = new(demo: false);

    public Task InitializeAsync() => SearchCorpus.SeedAsync(Factory);

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
