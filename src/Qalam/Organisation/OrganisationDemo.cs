using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;
using Qalam.Media;
using SkiaSharp;

namespace Qalam.Organisation;

/// <summary>
/// The demo organisation's partners, endorsement letters, numbered statements, transparency documents and one
/// confidential contract, added through the app's own services after the demo posts exist.
/// </summary>
public sealed class OrganisationDemo(QalamDb db, MediaStore media, ConfidentialVault vault, TimeProvider clock)
{
    private sealed record DemoPartner(string Name, string Slug, PartnerKind Kind, int Since, string Description, string Colour, string? Endorses);

    private static readonly DemoPartner[] Partners =
    [
        new("نقابة المعلمين بطرابلس", "teachers-union-tripoli", PartnerKind.Union, 2021, "النقابة المهنية لمعلمي طرابلس، شريكنا في تدريب المعلمين على التعليم عن بعد.", "#1d4ed8", "تزكية من نقابة المعلمين بطرابلس"),
        new("بلدية غريان", "gharyan-municipality", PartnerKind.Government, 2022, "شريك مبادرة نقاط الإنترنت المجتمعي في المكتبات العامة.", "#047857", "إشادة من بلدية غريان بمبادرة الإنترنت المجتمعي"),
        new("الهيئة الوطنية لتقنية المعلومات", "national-it-authority", PartnerKind.Government, 2020, "الجهة الحكومية المسؤولة عن سياسات تقنية المعلومات.", "#7c2d12", "تزكية من الهيئة الوطنية لتقنية المعلومات"),
        new("جامعة عمر المختار", "omar-al-mukhtar-university", PartnerKind.CivilSociety, 2026, "شراكة في برامج علوم البيانات لطلاب السنوات النهائية.", "#6d28d9", null),
        new("إذاعة مصراتة المحلية", "misrata-radio", PartnerKind.Media, 2023, "شريك إعلامي في ورش التحقق من الأخبار.", "#be123c", null),
    ];

    public async Task LoadAsync(CancellationToken ct = default)
    {
        var admin = await db.People.Where(p => p.Role == Role.Administrator).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        // The organisation's own logo, uploaded as an administrator would in the settings.
        var settings = await db.Settings.FirstAsync(s => s.Id == 1, ct);
        var siteLogo = await media.SaveAsync(new MemoryStream(OrganisationLogo()), "waha-logo.png", settings.Name, admin, ct);
        settings.LogoUrl = Urls.Media(siteLogo.StoragePath);
        foreach (var d in Partners)
        {
            var logo = await media.SaveAsync(new MemoryStream(Logo(d.Name, d.Colour)), d.Slug + "-logo.png", d.Name, admin, ct);
            var partner = new Partner { Name = d.Name, Slug = d.Slug, Kind = d.Kind, SinceYear = d.Since, Description = d.Description, Logo = logo };
            db.Partners.Add(partner);
            if (d.Endorses is null) continue;
            var post = await db.Posts.FirstOrDefaultAsync(p => p.Title == d.Endorses && p.Kind == PostKind.Endorsement, ct);
            if (post is null) continue;
            var letter = await media.SaveAsync(new MemoryStream(Letter(d.Name, post.Title)), d.Slug + "-letter.png", post.Title, admin, ct);
            var on = DateOnly.FromDateTime((post.PublishedUtc ?? clock.GetUtcNow()).UtcDateTime);
            db.Endorsements.Add(new Endorsement { Post = post, Partner = partner, EndorsedOn = on, Letter = letter, Quote = PostBody.Summarise(post.BodyHtml, 160) });
        }
        await db.SaveChangesAsync(ct);

        var year = clock.GetUtcNow().Year;
        (int Year, TransparencyKind Kind, string Title)[] documents =
        [
            (year - 1, TransparencyKind.AnnualReport, $"تقرير النشاط السنوي {year - 1}"),
            (year - 1, TransparencyKind.AuditedFinancialStatements, $"القوائم المالية المدققة {year - 1}"),
            (year - 1, TransparencyKind.BoardMinutes, $"إعلان الاجتماع السنوي لمجلس الأمناء {year - 1}"),
            (year, TransparencyKind.OperatingBudget, $"الميزانية التشغيلية {year}"),
            (year, TransparencyKind.FundingSources, $"مصادر التمويل {year}"),
            (year - 2, TransparencyKind.AnnualReport, $"تقرير النشاط السنوي {year - 2}"),
            (year - 2, TransparencyKind.Registration, "قيد المؤسسة في سجل الشفافية"),
        ];
        foreach (var (y, kind, title) in documents)
        {
            var file = await media.SaveAsync(new MemoryStream(SimplePdf(title)), $"transparency-{y}-{kind}.pdf".ToLowerInvariant(), title, admin, ct);
            db.TransparencyDocuments.Add(new TransparencyDocument { Title = title, Year = y, Kind = kind, Media = file, CreatedUtc = clock.GetUtcNow() });
        }

        var contract = new ConfidentialDocument
        {
            Title = "عقد الخدمات الاستشارية مع شركة الاتصالات القابضة",
            Description = "نسخة موقعة. لا تُتداول خارج مجلس الأمناء والمحررين.",
            FileName = "consulting-contract.pdf",
            ContentType = "application/pdf",
            StoragePath = "",
            CreatedUtc = clock.GetUtcNow(),
            UploadedById = admin,
        };
        var bytes = SimplePdf(contract.Title);
        contract.StoragePath = await vault.WriteAsync(contract.Key, bytes, ct);
        contract.SizeBytes = bytes.Length;
        contract.Grants.Add(new ConfidentialGrant { Role = Role.Editor });
        db.ConfidentialDocuments.Add(contract);
        await db.SaveChangesAsync(ct);
    }

    private static byte[] SimplePdf(string title) => StatementPdf.Render(new StatementDocument("مؤسسة واحة التقنية", title, "",
        ["وثيقة تجريبية من محتوى العرض.", "Demo document."], ["مؤسسة واحة التقنية"], null, []));

    /// <summary>An oasis: a sun over water on a white tile, which reads on the header's band in any colour.</summary>
    private static byte[] OrganisationLogo()
    {
        using var surface = SKSurface.Create(new SKImageInfo(512, 512));
        surface.Canvas.Clear(SKColors.Transparent);
        using var tile = new SKPaint { IsAntialias = true, Color = SKColors.White };
        surface.Canvas.DrawRoundRect(new SKRoundRect(SKRect.Create(0, 0, 512, 512), 112), tile);
        using var sun = new SKPaint { IsAntialias = true, Color = new SKColor(0xe0, 0x9f, 0x1f) };
        surface.Canvas.DrawCircle(256, 200, 92, sun);
        using var water = new SKPaint { IsAntialias = true, Color = new SKColor(0x0b, 0x5d, 0x4b), Style = SKPaintStyle.Stroke, StrokeWidth = 34, StrokeCap = SKStrokeCap.Round };
        foreach (var y in new[] { 330f, 405f })
        {
            using var builder = new SKPathBuilder();
            builder.MoveTo(96, y);
            builder.CubicTo(176, y - 50, 216, y + 50, 256, y);
            builder.CubicTo(296, y - 50, 336, y + 50, 416, y);
            using var wave = builder.Detach();
            surface.Canvas.DrawPath(wave, water);
        }
        return Png(surface);
    }

    private static byte[] Logo(string name, string colour)
    {
        using var surface = SKSurface.Create(new SKImageInfo(240, 240));
        surface.Canvas.Clear(SKColors.White);
        using var fill = new SKPaint { IsAntialias = true, Color = SKColor.Parse(colour) };
        surface.Canvas.DrawCircle(120, 120, 110, fill);
        using var text = new ShapedText(bold: true);
        using var white = new SKPaint { IsAntialias = true, Color = SKColors.White };
        var first = name.Split(' ')[0];
        var initials = first.StartsWith("ال", StringComparison.Ordinal) && first.Length > 2 ? first[2..3] : first[..1];
        var w = text.Measure(initials, 72);
        text.DrawLine(surface.Canvas, initials, 120 + w / 2, 145, 72, white);
        return Png(surface);
    }

    private static byte[] Letter(string partner, string title)
    {
        using var surface = SKSurface.Create(new SKImageInfo(800, 1000));
        surface.Canvas.Clear(new SKColor(0xfb, 0xf8, 0xf1));
        using var text = new ShapedText();
        using var bold = new ShapedText(bold: true);
        using var ink = new SKPaint { IsAntialias = true, Color = new SKColor(0x1c, 0x1d, 0x1f) };
        bold.DrawLine(surface.Canvas, partner, 740, 90, 34, ink);
        bold.DrawLine(surface.Canvas, title, 740, 190, 26, ink);
        var y = 270f;
        foreach (var line in text.Wrap("تتقدم " + partner + " بخالص الشكر والتقدير إلى مؤسسة واحة التقنية على ما قدمته من برامج تدريبية ومبادرات رقمية أسهمت في خدمة المجتمع، وتؤكد استعدادها لمواصلة التعاون المشترك.", 680, 24))
        {
            text.DrawLine(surface.Canvas, line, 740, y, 24, ink);
            y += 48;
        }
        bold.DrawLine(surface.Canvas, "والسلام عليكم", 740, y + 60, 24, ink);
        return Png(surface);
    }

    private static byte[] Png(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
