using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>
/// The demo organisation: a fictional Libyan digital-skills foundation with four writers and about twenty posts
/// of every kind and status, so every public page has something real to show on first start.
/// </summary>
public sealed class DemoContent(QalamDb db, PeopleService people, PostWriter writer, TimeProvider clock, Organisation.OrganisationDemo organisation)
{
    public async Task LoadAsync(CancellationToken ct = default)
    {
        var settings = await db.Settings.FirstAsync(s => s.Id == 1, ct);
        settings.Name = "مؤسسة واحة التقنية";
        settings.Tagline = "نبني المهارات الرقمية في المدن الليبية";
        settings.SignatureBlock = "مؤسسة واحة التقنية";
        // The menu as the organisation's editors would set it; no social links until the organisation has its own.
        settings.MenuLinks = string.Join('\n', "الأخبار|/category/news", "البيانات الرسمية|/statements", "التزكيات|/endorsements",
            "الشركاء|/partners", "الشفافية|/transparency", "من نحن|/about-us");
        settings.ContactEmail = "info@waha.example";
        settings.ContactPhone = "+218 21 555 0100";
        settings.ContactAddress = "شارع الجمهورية، طرابلس، ليبيا";

        var salma = await AuthorAsync("salma@waha.example", "سلمى الورفلي", "salma", "منسقة الاتصال في المؤسسة، تكتب عن التعليم الرقمي والشباب.", ct);
        var khaled = await AuthorAsync("khaled@waha.example", "Khaled Ezzedine", "khaled", "مهندس شبكات ومتطوع في برامج الأمن الرقمي.", ct);
        var nour = await AuthorAsync("nour@waha.example", "نور الهدى المصراتي", "nour", "باحثة في السياسات الرقمية ومسؤولة التقارير.", ct);
        var board = await AuthorAsync("board@waha.example", "مجلس الأمناء", "board", "الحساب الرسمي لمجلس أمناء المؤسسة.", ct);

        var news = await writer.FindOrCreateCategoryAsync("أخبار", "news", ct: ct);
        var events = await writer.FindOrCreateCategoryAsync("فعاليات", "events", news, ct);
        var endorsements = await writer.FindOrCreateCategoryAsync("تزكيات وإشادات", "endorsements", ct: ct);
        var statements = await writer.FindOrCreateCategoryAsync("بيانات رسمية", "statements", ct: ct);
        var reports = await writer.FindOrCreateCategoryAsync("تقارير ودراسات", "reports", ct: ct);
        var english = await writer.FindOrCreateCategoryAsync("English", "english", ct: ct);

        var now = clock.GetUtcNow();
        DateTimeOffset Ago(int days, int hour = 9) => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-days).AddHours(hour);

        foreach (var d in Posts(salma, khaled, nour, board, news, events, endorsements, statements, reports, english, Ago, now))
        {
            var post = new Post
            {
                Title = d.Title,
                Slug = "",
                Author = d.Author,
                Kind = d.Kind,
                Language = d.Language,
                PublishedUtc = d.Published,
                Excerpt = d.Excerpt,
            };
            post.Categories.Add(d.Category);
            foreach (var tag in d.Tags) post.Tags.Add(await writer.FindOrCreateTagAsync(tag, Slug.FromText(tag), ct));
            if (d.Kind == PostKind.Statement)
            {
                db.Statements.Add(new Organisation.Statement { Post = post, SignatureBlock = settings.SignatureBlock, SignedOn = DateOnly.FromDateTime(d.Published!.Value.UtcDateTime) });
            }
            // Published the way an editor publishes: statements are numbered in order, scheduled posts wait for their time.
            var target = d.Status == PostStatus.Scheduled ? PostStatus.Published : d.Status;
            // Written on the day it was published, so no demo post reads as updated the moment the demo was loaded.
            await writer.SaveAsync(post, target, new PostEdit(d.Body, d.Author.Id) { Slug = d.Slug ?? "", SavedUtc = d.Published }, ct);
        }
        await organisation.LoadAsync(ct);
    }

    private async Task<Person> AuthorAsync(string email, string name, string slug, string bio, CancellationToken ct)
    {
        var person = await people.AddAsync(email, name, Role.Author, password: null, ct);
        person.Slug = slug;
        person.Bio = bio;
        await db.SaveChangesAsync(ct);
        return person;
    }

    private sealed record DemoPost(string Title, string? Slug, Person Author, Category Category, PostKind Kind, DateTimeOffset? Published,
        string Body, string[] Tags, PostStatus Status = PostStatus.Published, string Language = "ar", string? Excerpt = null);

    private static string P(params string[] paragraphs) => string.Concat(paragraphs.Select(p => p.StartsWith('<') ? p : $"<p>{p}</p>"));

    private static IEnumerable<DemoPost> Posts(Person salma, Person khaled, Person nour, Person board, Category news, Category events,
        Category endorsements, Category statements, Category reports, Category english, Func<int, int, DateTimeOffset> ago, DateTimeOffset now)
    {
        yield return new("إطلاق برنامج «مهارات» للتدريب الرقمي في سبها", null, salma, events, PostKind.News, ago(2, 10),
            P("أطلقت مؤسسة واحة التقنية صباح اليوم برنامج «مهارات» للتدريب الرقمي في مدينة سبها، بمشاركة خمسين شابًا وشابة من طلاب الجامعات والخريجين الجدد.",
              "يمتد البرنامج ستة أسابيع، ويشمل أساسيات البرمجة وتصميم المواقع والأمن الرقمي، ويقدمه مدربون من أبناء الجنوب الليبي تخرجوا من دورات المؤسسة السابقة.",
              "<ul><li>ورش عملية يومية في مختبر الحاسوب بالجامعة.</li><li>مشروع تخرج جماعي يخدم جهة محلية.</li><li>شهادات معتمدة من المؤسسة.</li></ul>",
              "#بناء_القدرات #ليبيا_الرقمية"), ["التدريب"]);
        yield return new("الاجتماع السنوي للجمعية العمومية لعام 2026", null, board, news, PostKind.News, ago(5, 15),
            P("عقدت الجمعية العمومية لمؤسسة واحة التقنية اجتماعها السنوي بحضور الأعضاء والموظفين وممثل عن مراقب الحسابات الخارجي.",
              "استعرض الاجتماع التقرير السنوي لأنشطة عام 2025، وناقش القوائم المالية المدققة واعتمدها، وأقر الخطة التشغيلية والميزانية للعام الجديد.",
              "وأكد رئيس مجلس الأمناء أن نشر هذه الوثائق للعموم جزء من التزام المؤسسة بالشفافية أمام شركائها والمجتمع.",
              "#الشفافية"), ["الحوكمة"]);
        yield return new("تزكية من نقابة المعلمين بطرابلس", null, salma, endorsements, PostKind.Endorsement, ago(8, 11),
            P("تلقت المؤسسة رسالة تزكية من نقابة المعلمين بطرابلس تشيد ببرنامج تدريب المعلمين على أدوات التعليم عن بعد.",
              "وجاء في الرسالة أن البرنامج «أسهم في تمكين مئات المعلمين من مواصلة التدريس في ظروف صعبة».",
              "#بناء_القدرات"), ["تزكيات"]);
        yield return new("بشأن حماية بيانات المتدربين", null, board, statements, PostKind.Statement, ago(12, 18),
            P("تؤكد مؤسسة واحة التقنية أن بيانات المتدربين المسجلين في برامجها محفوظة وفق سياسة الخصوصية المعلنة، ولا تُشارك مع أي جهة دون موافقة أصحابها.",
              "وتدعو المؤسسة كل من يتلقى رسائل تنتحل صفتها إلى الإبلاغ عنها عبر قنواتها الرسمية.",
              "#الأمن_السيبراني"), ["بيانات"]);
        yield return new("دليل مبسط لحماية حساباتك على مواقع التواصل", null, khaled, reports, PostKind.News, ago(15, 9),
            P("يقدم هذا الدليل خطوات عملية لحماية حساباتك الشخصية من الاختراق، كتبه فريق الأمن الرقمي بالمؤسسة بلغة بسيطة.",
              "<h2>فعّل التحقق بخطوتين</h2>", "التحقق بخطوتين يمنع أغلب محاولات الدخول غير المشروع حتى لو تسربت كلمة المرور.",
              "<h2>استخدم كلمات مرور طويلة</h2>", "عبارة من أربع كلمات أسهل في التذكر وأصعب في التخمين من كلمة قصيرة معقدة.",
              "#الأمن_السيبراني"), ["أدلة"]);
        yield return new("Waha Tech joins a regional network of digital-rights groups", "waha-joins-regional-network", khaled, english, PostKind.News, ago(18, 12),
            P("Waha Tech Foundation has joined a regional network of civil-society groups working on digital rights across North Africa.",
              "The network shares training material in Arabic and English and coordinates responses to online threats against activists."),
            ["digital rights"], Language: "en");
        yield return new("ورشة عن الذكاء الاصطناعي في العمل الصحفي", null, nour, events, PostKind.News, ago(21, 10),
            P("نظمت المؤسسة في مصراتة ورشة عمل ليومين عن استخدام أدوات الذكاء الاصطناعي في التحقق من الأخبار، شارك فيها عشرون صحفيًا من إذاعات محلية.",
              "وتناولت الورشة حدود هذه الأدوات وأخطاءها الشائعة، وأهمية التحقق البشري قبل النشر."), ["الإعلام", "الذكاء الاصطناعي"]);
        yield return new("إشادة من بلدية غريان بمبادرة الإنترنت المجتمعي", null, salma, endorsements, PostKind.Endorsement, ago(25, 13),
            P("وجه عميد بلدية غريان خطاب شكر إلى المؤسسة على مبادرة نقاط الإنترنت المجتمعي في المكتبات العامة، التي يستفيد منها الطلاب يوميًا.",
              "#ليبيا_الرقمية"), ["تزكيات"]);
        yield return new("تقرير: واقع الاتصال بالإنترنت في المدارس الليبية", null, nour, reports, PostKind.News, ago(30, 9),
            P("ينشر فريق البحث بالمؤسسة تقريرًا ميدانيًا شمل 120 مدرسة في 14 بلدية، يرصد جودة الاتصال بالإنترنت وتوفر الأجهزة.",
              "وجد التقرير أن 38% من المدارس لا تملك اتصالًا ثابتًا، وأن المدارس الريفية هي الأكثر تضررًا.",
              "ويوصي التقرير بخطة وطنية لربط المدارس بالألياف البصرية على مراحل."), ["التعليم", "تقارير"]);
        yield return new("فتح باب التطوع لبرنامج «سفراء الأمان الرقمي»", null, khaled, news, PostKind.News, ago(34, 16),
            P("تعلن المؤسسة فتح باب التطوع في برنامج «سفراء الأمان الرقمي» الذي يدرب متطوعين لنقل مهارات الحماية إلى أسرهم ومجتمعاتهم.",
              "يشترط في المتقدم أن يكون فوق الثامنة عشرة وأن يلتزم بحضور ثلاث جلسات تدريبية.",
              "#الأمن_السيبراني #بناء_القدرات"), ["تطوع"]);
        yield return new("تزكية من الهيئة الوطنية لتقنية المعلومات", null, board, endorsements, PostKind.Endorsement, ago(40, 10),
            P("تسلمت المؤسسة خطاب تزكية رسميًا من الهيئة الوطنية لتقنية المعلومات يثمن مساهمتها في إعداد دليل الممارسات الجيدة لمواقع الجهات العامة.",
              "#ليبيا_الرقمية"), ["تزكيات"]);
        yield return new("مسابقة «بَرمِج لمدينتك» تعلن أسماء الفائزين", null, salma, events, PostKind.News, ago(46, 19),
            P("أعلنت لجنة تحكيم مسابقة «بَرمِج لمدينتك» أسماء الفرق الفائزة، وفاز بالمركز الأول فريق من بنغازي طور تطبيقًا للإبلاغ عن أعطال الإنارة العامة.",
              "وحصلت الفرق الثلاث الأولى على منح لتطوير تطبيقاتها بالشراكة مع البلديات."), ["مسابقات", "التدريب"]);
        yield return new("قراءة في مشروع قانون المعاملات الإلكترونية", null, nour, reports, PostKind.News, ago(52, 11),
            P("تقدم هذه الورقة قراءة أولية في مشروع قانون المعاملات الإلكترونية، وتقترح تعديلات تضمن حماية المستهلك والاعتراف بالتوقيع الإلكتروني.",
              "<blockquote><p>القانون الجيد يحمي الناس قبل أن يحمي التقنية.</p></blockquote>"), ["السياسات الرقمية"]);
        yield return new("حول رسائل الاحتيال المنسوبة للمؤسسة", null, board, statements, PostKind.Statement, ago(6, 20),
            P("رصدت المؤسسة رسائل نصية تطلب من المواطنين دفع رسوم للتسجيل في دوراتها، وتؤكد أن جميع برامجها مجانية ولا تطلب أي مبالغ مالية.",
              "#الأمن_السيبراني"), ["بيانات"]);
        yield return new("Annual report 2025 now available", "annual-report-2025", nour, english, PostKind.News, ago(9, 14),
            P("Our annual activity report for 2025 and the audited financial statements are now published in the transparency section.",
              "Arabic and English editions are available for download."), ["transparency"], Language: "en");
        yield return new("شراكة جديدة مع جامعة عمر المختار", null, salma, news, PostKind.News, ago(60, 10),
            P("وقعت المؤسسة مذكرة تفاهم مع جامعة عمر المختار بالبيضاء لتقديم برامج تدريبية مشتركة في علوم البيانات لطلاب السنوات النهائية.",
              "#بناء_القدرات"), ["شراكات"]);
        yield return new("إحصاءات البرنامج التدريبي في ربع سنة", null, khaled, reports, PostKind.News, ago(70, 9),
            P("درّبت المؤسسة خلال الربع الأخير 1250 متدربًا في 9 مدن، 46% منهم من النساء.",
              "وبلغت نسبة إكمال الدورات 82%، وهي الأعلى منذ انطلاق البرامج."), ["تقارير", "التدريب"]);
        yield return new("من نحن", "about-us", board, news, PostKind.Page, ago(90, 9),
            P("مؤسسة واحة التقنية منظمة ليبية غير ربحية تعمل منذ 2019 على نشر المهارات الرقمية وتعزيز الأمن الرقمي في المدن الليبية.",
              "نعمل مع الجامعات والبلديات ومنظمات المجتمع المدني، وننشر تقاريرنا المالية والإدارية للعموم كل عام."), []);
        // Not public: shows that drafts, pending, private and future posts stay hidden.
        yield return new("مسودة: خطة الربع القادم", null, nour, news, PostKind.News, null,
            P("مسودة داخلية لم تُنشر بعد."), ["داخلي"], PostStatus.Draft);
        yield return new("بانتظار المراجعة: تغطية معرض الكتاب", null, salma, events, PostKind.News, null,
            P("مقال ينتظر مراجعة المحرر."), [], PostStatus.PendingReview);
        yield return new("إعلان مجدول: إطلاق المنصة التعليمية", null, khaled, news, PostKind.News, now.AddDays(3),
            P("سيُنشر هذا الإعلان تلقائيًا في موعده."), [], PostStatus.Scheduled);
        yield return new("محضر خاص لمجلس الأمناء", null, board, news, PostKind.News, ago(3, 9),
            P("نص خاص لا يراه إلا أصحاب الصلاحية."), [], PostStatus.Private);
    }
}
