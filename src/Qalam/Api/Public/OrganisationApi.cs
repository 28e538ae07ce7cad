using Qalam.Caching;
using Qalam.Content;
using Qalam.Organisation;

namespace Qalam.Api.Public;

/// <summary>Numbered statements, endorsements, partners and the transparency documents, through OrganisationQueries (IsPublic).</summary>
public static class OrganisationApi
{
    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/statements", StatementsAsync).WithName("ListStatements").WithSummary("Numbered statements, newest first; `year` narrows to one year")
            .Produces<IReadOnlyList<ApiStatementSummary>>();
        api.MapGet("/statements/{year:int}/{number:int}", StatementAsync).WithName("GetStatement")
            .WithSummary("A statement by year and number").WithDescription("«بيان رقم (n) لعام yyyy»: its text, signature, addenda and withdrawal if any.")
            .Produces<ApiStatement>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/endorsements", EndorsementsAsync).WithName("ListEndorsements").WithSummary("Published endorsements, newest first")
            .Produces<IReadOnlyList<ApiEndorsement>>();
        api.MapGet("/partners", PartnersAsync).WithName("ListPartners").WithSummary("The partners shown on the partners page").Produces<IReadOnlyList<ApiPartner>>();
        api.MapGet("/transparency", TransparencyAsync).WithName("ListTransparencyDocuments")
            .WithSummary("Transparency documents (reports, accounts); `year` narrows to one year").Produces<IReadOnlyList<ApiTransparencyDocument>>();
        return api;
    }

    private static async Task<IResult> StatementsAsync(HttpContext http, OrganisationQueries organisation, int? year)
    {
        var shapes = await ApiShapes.ForAsync(http);
        http.Tag(PageTags.Kind(PostKind.Statement), ContentKeys.Statements);
        var list = await organisation.ListStatementsAsync(year, http.RequestAborted);
        return Results.Ok(list.Select(s => new ApiStatementSummary(s.Year, s.Number, s.Title, shapes.DisplayTitle(s.Title, new StatementNumber(s.Year, s.Number), s.Language),
            shapes.Url(OrganisationUrls.Statement(s.Year, s.Number), s.Language), shapes.Time(s.PublishedUtc), s.Withdrawn)).ToList());
    }

    private static async Task<IResult> StatementAsync(int year, int number, HttpContext http, OrganisationQueries organisation)
    {
        if (await organisation.FindStatementAsync(year, number, http.RequestAborted) is not { } s) return ApiProblems.NotFound(http);
        var shapes = await ApiShapes.ForAsync(http);
        http.Tag(ContentKeys.Post(s.PostId), PageTags.Page(s.PostId), ContentKeys.Statements);
        return Results.Ok(new ApiStatement(s.PostId, s.Year, s.Number, s.Title, shapes.DisplayTitle(s.Title, new StatementNumber(s.Year, s.Number), s.Language),
            shapes.Url(s.Path, s.Language), Feeds.SiteAddress.AbsolutizeLinks(s.BodyHtml, shapes.Root), s.Language, shapes.Time(s.PublishedUtc), s.SignatureBlock, s.SignedOn,
            s.WithdrawnUtc is { } w ? shapes.Time(w) : null, s.WithdrawalNotice,
            s.Addenda.Select(a => new ApiAddendum(shapes.Time(a.PublishedUtc), Feeds.SiteAddress.AbsolutizeLinks(a.BodyHtml, shapes.Root))).ToList(),
            shapes.Url(OrganisationUrls.StatementPdf(s.Year, s.Number), s.Language)));
    }

    private static ApiPartner Partner(ApiShapes shapes, PartnerCard p) => new(p.Id, p.Name, p.Slug, p.Kind.ToString().ToLowerInvariant(),
        shapes.Url(OrganisationUrls.Partner(p.Slug)), p.LogoPath is { } logo ? shapes.Url(Urls.Media(logo)) : null, p.WebsiteUrl, p.Description, p.SinceYear);

    private static async Task<IResult> EndorsementsAsync(HttpContext http, OrganisationQueries organisation)
    {
        var shapes = await ApiShapes.ForAsync(http);
        http.Tag(PageTags.Kind(PostKind.Endorsement), ContentKeys.Endorsements, ContentKeys.Partners);
        var list = await organisation.ListEndorsementsAsync(ct: http.RequestAborted);
        foreach (var e in list) http.Tag(ContentKeys.Post(e.PostId), ContentKeys.Partner(e.Partner.Id));
        return Results.Ok(list.Select(e => new ApiEndorsement(e.PostId, e.Title, shapes.Url(Urls.Post(e.PostSlug), e.Language), e.EndorsedOn, e.Quote, Partner(shapes, e.Partner),
            e.LetterPath is null ? null : shapes.Url(OrganisationUrls.EndorsementLetter(e.PostId)))).ToList());
    }

    private static async Task<IResult> PartnersAsync(HttpContext http, OrganisationQueries organisation)
    {
        var shapes = await ApiShapes.ForAsync(http);
        http.Tag(ContentKeys.Partners);
        var list = await organisation.ListPartnersAsync(http.RequestAborted);
        foreach (var p in list) http.Tag(ContentKeys.Partner(p.Id));
        return Results.Ok(list.Select(p => Partner(shapes, p)).ToList());
    }

    private static async Task<IResult> TransparencyAsync(HttpContext http, OrganisationQueries organisation, int? year)
    {
        var shapes = await ApiShapes.ForAsync(http);
        http.Tag(ContentKeys.Transparency);
        var list = await organisation.ListTransparencyAsync(year, http.RequestAborted);
        return Results.Ok(list.Select(d => new ApiTransparencyDocument(d.Id, d.Title, d.Year, d.Kind.ToString().ToLowerInvariant(), shapes.Url(Urls.Media(d.MediaPath)),
            d.ContentType, d.SizeBytes, d.Language)).ToList());
    }
}
