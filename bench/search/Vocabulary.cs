namespace Qalam.Bench.Search;

/// <summary>
/// Words of the kind a Libyan civil-society site publishes (news, training, reports, statements), with the prefixes and
/// suffixes real text attaches to them, drawn with a Zipf distribution so a few words are very common and most are rare.
/// </summary>
internal sealed class Vocabulary
{
    public static readonly string[] Stems =
    [
        "مؤسسة", "برنامج", "تدريب", "مشروع", "تقرير", "بيان", "اجتماع", "مجلس", "أمناء", "جمعية", "شباب", "طالب", "جامعة", "مدرسة",
        "معلم", "مدينة", "بلدية", "حكومة", "وزارة", "قانون", "سياسة", "خصوصية", "بيانات", "أمن", "حماية", "شبكة", "إنترنت", "اتصال",
        "تقنية", "معلومات", "رقمي", "مهارة", "برمجة", "تصميم", "موقع", "تطبيق", "هاتف", "حاسوب", "مختبر", "ورشة", "دورة", "شهادة",
        "متطوع", "تطوع", "شريك", "شراكة", "تمويل", "ميزانية", "حساب", "مراجعة", "شفافية", "حوكمة", "تقييم", "دراسة", "بحث", "استبيان",
        "نتيجة", "توصية", "خطة", "استراتيجية", "هدف", "مرحلة", "إطلاق", "افتتاح", "مبادرة", "حملة", "توعية", "إعلام", "صحفي", "إذاعة",
        "خبر", "تحقق", "معلومة", "منصة", "محتوى", "لغة", "عربي", "مجتمع", "مدني", "منظمة", "حقوق", "حرية", "تعبير", "مرأة", "طفل",
        "أسرة", "صحة", "تعليم", "اقتصاد", "عمل", "وظيفة", "فرصة", "مستقبل", "تنمية", "مستدامة", "بيئة", "طاقة", "مياه", "كهرباء",
        "طريق", "نقل", "جنوب", "شمال", "شرق", "غرب", "ساحل", "صحراء", "واحة", "طرابلس", "بنغازي", "سبها", "مصراتة", "غريان", "درنة",
        "ليبيا", "ليبي", "وطني", "دولي", "إقليمي", "محلي", "عام", "خاص", "رسمي", "سنوي", "شهري", "أسبوع", "يوم", "ساعة", "لقاء",
        "مؤتمر", "ندوة", "محاضرة", "حوار", "نقاش", "مشاركة", "حضور", "عضو", "رئيس", "مدير", "منسق", "فريق", "لجنة", "قسم", "إدارة",
        "مكتب", "مقر", "خدمة", "مستخدم", "حساب", "كلمة", "مرور", "اختراق", "هجوم", "احتيال", "رسالة", "بريد", "إلكتروني", "تحديث",
        "نظام", "برمجيات", "مفتوح", "مصدر", "خادم", "سحابة", "ذكاء", "اصطناعي", "نموذج", "أداة", "دليل", "كتيب", "مرجع", "منهج",
        "مكتبة", "كتاب", "قراءة", "كتابة", "ترجمة", "نشر", "إصدار", "عدد", "مجلة", "صورة", "فيديو", "تسجيل", "بث", "مباشر", "جائزة",
        "مسابقة", "فائز", "تكريم", "تزكية", "إشادة", "شكر", "دعم", "مساعدة", "إغاثة", "أزمة", "فيضان", "إعمار", "بناء", "قدرة",
        "تمكين", "قيادة", "إدارة", "تخطيط", "تنفيذ", "متابعة", "إنجاز", "نجاح", "تحدي", "مشكلة", "حل", "فكرة", "ابتكار", "ريادة",
        "شركة", "ناشئة", "سوق", "تجارة", "منتج", "مصنع", "زراعة", "صيد", "سياحة", "تراث", "ثقافة", "فن", "موسيقى", "مسرح", "رياضة",
        "Google", "Microsoft", "open", "source", "digital", "rights", "network", "training", "security", "privacy", "data", "report",
    ];

    private static readonly string[] StopWords = ["في", "من", "على", "إلى", "عن", "مع", "التي", "الذي", "أن", "كما", "بعد", "قبل", "بين", "خلال", "هذا", "هذه", "وقد", "حيث"];

    private readonly Random _random;
    private readonly double[] _cumulative;

    public Vocabulary(int seed)
    {
        _random = new Random(seed);
        // Zipf with s = 1: the n-th word is used 1/n as often as the first.
        _cumulative = new double[Stems.Length];
        double sum = 0;
        var order = Enumerable.Range(0, Stems.Length).OrderBy(_ => _random.Next()).ToArray();
        var weights = new double[Stems.Length];
        for (var rank = 0; rank < order.Length; rank++) weights[order[rank]] = 1.0 / (rank + 1);
        for (var i = 0; i < Stems.Length; i++) _cumulative[i] = sum += weights[i];
        for (var i = 0; i < Stems.Length; i++) _cumulative[i] /= sum;
    }

    public string Word()
    {
        if (_random.NextDouble() < 0.2) return StopWords[_random.Next(StopWords.Length)];
        var stem = Stems[Index(_random.NextDouble())];
        return stem[0] < 'ء' ? stem : Inflect(stem);
    }

    /// <summary>A word as text writes it: the article, an attached و/ب/ل, a plural or adjective ending.</summary>
    public string Inflect(string stem)
    {
        var r = _random.NextDouble();
        var word = stem;
        if (_random.NextDouble() < 0.25)
        {
            var bare = stem.EndsWith('ة') ? stem[..^1] : stem;
            word = (r < 0.4 ? bare + "ات" : r < 0.6 ? bare + "ية" : r < 0.8 ? bare + "ين" : bare + "ها");
        }
        var p = _random.NextDouble();
        return p < 0.35 ? "ال" + word : p < 0.45 ? "وال" + word : p < 0.52 ? "بال" + word : p < 0.57 ? "لل" + word : p < 0.65 ? "و" + word : word;
    }

    public string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Word()));

    public string RandomStem() => Stems[_random.Next(Stems.Length)];

    public int Next(int min, int max) => _random.Next(min, max);

    private int Index(double u)
    {
        var i = Array.BinarySearch(_cumulative, u);
        return Math.Min(Stems.Length - 1, i < 0 ? ~i : i);
    }
}
