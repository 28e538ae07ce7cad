using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Organisation;

/// <summary>
/// Public reads of the organisation section. Whether a post is public is decided by <see cref="ContentQueries.IsPublic"/>,
/// the same rule as everywhere else; confidential documents are never read here.
/// </summary>
public sealed class OrganisationQueries(QalamDb db, ContentQueries content, TimeProvider clock)
{
    private static readonly Expression<Func<Partner, PartnerCard>> ToCard = p =>
        new PartnerCard(p.Id, p.Name, p.Slug, p.Kind, p.Logo != null ? p.Logo.StoragePath : null, p.WebsiteUrl, p.Description, p.SinceYear);

    private IQueryable<Endorsement> PublicEndorsements()
    {
        var isPublic = ContentQueries.IsPublic(clock.GetUtcNow());
        var publicPosts = db.Posts.Where(isPublic);
        // In the listing language (the request's), like every list of posts.
        if (content.ListingLanguage is { } language) publicPosts = publicPosts.Where(p => p.Language == language);
        return db.Endorsements.AsNoTracking().Where(e => publicPosts.Any(p => p.Id == e.PostId));
    }

    /// <param name="take">The newest this many (the home page's few); null for all.</param>
    public async Task<IReadOnlyList<EndorsementCard>> ListEndorsementsAsync(PartnerKind? kind = null, int? partnerId = null, int? postId = null, int? take = null,
        CancellationToken ct = default)
    {
        var q = PublicEndorsements();
        if (postId is { } post) q = q.Where(e => e.PostId == post);
        if (kind is { } k) q = q.Where(e => e.Partner.Kind == k);
        if (partnerId is { } id) q = q.Where(e => e.PartnerId == id);
        var newest = q.OrderByDescending(e => e.EndorsedOn).ThenByDescending(e => e.PostId);
        return await (take is { } n ? newest.Take(n) : newest)
            .Select(e => new EndorsementCard(e.PostId, e.Post.Title, e.Post.Slug, e.EndorsedOn, e.Quote,
                new PartnerCard(e.Partner.Id, e.Partner.Name, e.Partner.Slug, e.Partner.Kind, e.Partner.Logo != null ? e.Partner.Logo.StoragePath : null,
                    e.Partner.WebsiteUrl, e.Partner.Description, e.Partner.SinceYear),
                e.Letter != null ? e.Letter.StoragePath : null, e.Letter != null ? e.Letter.ContentType : null) { Language = e.Post.Language })
            .ToListAsync(ct);
    }

    public async Task<EndorsementCard?> FindEndorsementAsync(int postId, CancellationToken ct = default)
    {
        var found = await ListEndorsementsAsync(postId: postId, ct: ct);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<IReadOnlyList<PartnerCard>> ListPartnersAsync(CancellationToken ct = default) =>
        await db.Partners.AsNoTracking().Where(p => p.ShowOnPartnersPage).OrderBy(p => p.SinceYear == null).ThenBy(p => p.SinceYear).ThenBy(p => p.Name)
            .Select(ToCard).ToListAsync(ct);

    /// <summary>A partner, its endorsements, and the public posts that name it.</summary>
    public async Task<PartnerPage?> FindPartnerAsync(string slug, CancellationToken ct = default)
    {
        var partner = await db.Partners.AsNoTracking().Where(p => p.Slug == slug).Select(ToCard).FirstOrDefaultAsync(ct);
        if (partner is null) return null;
        var endorsements = await ListEndorsementsAsync(partnerId: partner.Id, ct: ct);
        var endorsementIds = endorsements.Select(e => e.PostId).ToList();
        var name = partner.Name;
        var mentions = await content.ListLatestAsync(1, 200, ct);
        var mentioning = mentions.Items.Where(p => !endorsementIds.Contains(p.Id) && (p.Title.Contains(name, StringComparison.Ordinal) || p.BodyHtml.Contains(name, StringComparison.Ordinal)))
            .Take(20).ToList();
        return new PartnerPage(partner, endorsements, mentioning);
    }

    /// <summary>
    /// Public statements with the number each shows (a translation its group's). In the listing language when there is
    /// one (<paramref name="anyLanguage"/> aside); without one (the API) only the numbered originals, so none is listed twice.
    /// </summary>
    private IQueryable<ShownStatement> PublicStatements(bool anyLanguage = false)
    {
        var isPublic = ContentQueries.IsPublic(clock.GetUtcNow());
        var publicPosts = db.Posts.Where(isPublic);
        var numbered = StatementNumbers.Of(db).Where(n => n.Number != null && publicPosts.Any(p => p.Id == n.PostId));
        if (!anyLanguage) numbered = content.ListingLanguage is { } language ? numbered.Where(n => n.Language == language) : numbered.Where(n => n.Own);
        return db.Statements.AsNoTracking().Join(numbered, s => s.PostId, n => n.PostId, (s, n) => new ShownStatement { S = s, Year = n.Year, Number = n.Number });
    }

    private sealed class ShownStatement
    {
        public Statement S { get; init; } = null!;
        public int? Year { get; init; }
        public int? Number { get; init; }
    }

    public async Task<IReadOnlyList<StatementSummary>> ListStatementsAsync(int? year = null, CancellationToken ct = default)
    {
        var q = PublicStatements();
        if (year is { } y) q = q.Where(s => s.Year == y);
        return await q.OrderByDescending(s => s.Year).ThenByDescending(s => s.Number)
            .Select(s => new StatementSummary(s.S.Post.Title, s.Year!.Value, s.Number!.Value, s.S.Post.PublishedUtc!.Value, s.S.WithdrawnUtc != null) { Language = s.S.Post.Language })
            .ToListAsync(ct);
    }

    /// <summary>The statement of that number in the listing language (the original or its translation).</summary>
    public Task<StatementView?> FindStatementAsync(int year, int number, CancellationToken ct = default) =>
        FindStatementWhereAsync(PublicStatements().Where(s => s.Year == year && s.Number == number), ct);

    public Task<StatementView?> FindStatementByPostAsync(int postId, CancellationToken ct = default) =>
        FindStatementWhereAsync(PublicStatements(anyLanguage: true).Where(s => s.S.PostId == postId), ct);

    /// <summary>The languages a numbered statement is public in, its original's first (for the switcher, hreflang and the 301 to one of them).</summary>
    public async Task<IReadOnlyList<string>> ListStatementLanguagesAsync(int year, int number, CancellationToken ct = default) =>
        await PublicStatements(anyLanguage: true).Where(s => s.Year == year && s.Number == number)
            .OrderByDescending(s => s.S.Number != null).Select(s => s.S.Post.Language).ToListAsync(ct);

    /// <summary>The languages with a public statement in that year (each a version of the year's list), the default's order aside.</summary>
    public async Task<IReadOnlyList<string>> ListStatementYearLanguagesAsync(int year, CancellationToken ct = default) =>
        await PublicStatements(anyLanguage: true).Where(s => s.Year == year).Select(s => s.S.Post.Language).Distinct().ToListAsync(ct);

    private static async Task<StatementView?> FindStatementWhereAsync(IQueryable<ShownStatement> found, CancellationToken ct)
    {
        var view = await found.Select(x => new StatementView(x.S.PostId, x.S.Post.Title, x.S.Post.Slug, x.S.Post.BodyHtml, x.Year!.Value, x.Number!.Value,
                x.S.Post.PublishedUtc!.Value, x.S.SignatureBlock, x.S.SignedOn, x.S.WithdrawnUtc, x.S.WithdrawalNotice,
                x.S.Addenda.OrderBy(a => a.PublishedUtc).Select(a => new AddendumView(a.PublishedUtc, a.BodyHtml)).ToList())
            {
                Language = x.S.Post.Language,
                Versions = x.S.Versions.OrderBy(v => v.Number).Select(v => new StatementVersionSummary(v.Number, v.SupersededUtc, v.Reason)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        // Statements saved as one run of text, before paragraphs were kept, are shown (and printed) with their paragraphs.
        return view is null ? null : view with { BodyHtml = StatementText.ForDisplay(view.BodyHtml) };
    }

    /// <summary>An earlier text of a public statement, by its version number (1 is the text first published).</summary>
    public async Task<StatementVersionView?> FindStatementVersionAsync(int year, int number, int version, CancellationToken ct = default)
    {
        if (await FindStatementAsync(year, number, ct) is not { } statement) return null;
        var kept = await db.StatementVersions.AsNoTracking().Where(v => v.StatementPostId == statement.PostId && v.Number == version)
            .Select(v => new { v.Title, v.BodyHtml, v.SupersededUtc, v.Reason }).FirstOrDefaultAsync(ct);
        if (kept is null) return null;
        // A text was current from the correction before it, or from publication for the first.
        var from = version == 1 ? statement.PublishedUtc : statement.Versions.First(v => v.Number == version - 1).SupersededUtc;
        return new StatementVersionView(statement, version, kept.Title, StatementText.ForDisplay(kept.BodyHtml), from, kept.SupersededUtc, kept.Reason);
    }

    public async Task<IReadOnlyList<TransparencyItem>> ListTransparencyAsync(int? year = null, CancellationToken ct = default)
    {
        var q = db.TransparencyDocuments.AsNoTracking();
        if (year is { } y) q = q.Where(d => d.Year == y);
        return await q.OrderByDescending(d => d.Year).ThenBy(d => d.Kind).ThenBy(d => d.Title)
            .Select(d => new TransparencyItem(d.Id, d.Title, d.Year, d.Kind, d.Media.StoragePath, d.Media.ContentType, d.Media.SizeBytes, d.Language))
            .ToListAsync(ct);
    }
}
