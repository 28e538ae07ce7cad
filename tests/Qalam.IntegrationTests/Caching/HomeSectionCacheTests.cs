using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Organisation;
using Qalam.Media;
using Qalam.Organisation;

namespace Qalam.IntegrationTests.Caching;

/// <summary>
/// The cached home page shows the organisation's sections too: a change to any of them, made through its writer as the
/// admin makes it, shows on the home page at the next request; a post page that shows none of them stays cached.
/// </summary>
public sealed class HomeSectionCacheTests : IAsyncLifetime
{
    private readonly QalamFactory _factory = new(demo: false);
    private readonly CacheSite _site;
    private CachedReader _reader = null!;

    public HomeSectionCacheTests() => _site = new CacheSite(_factory);

    public async Task InitializeAsync()
    {
        _reader = new CachedReader(_factory.CreateBrowserlessClient());
        await _site.SeedAsync();
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private Task WithAsync(Func<IServiceProvider, QalamDb, Task> work) => _factory.WithScopeAsync(sp => work(sp, sp.GetRequiredService<QalamDb>()));

    private async Task<Partner> AddPartnerAsync(string name)
    {
        Partner partner = null!;
        await WithAsync(async (sp, _) =>
        {
            partner = new Partner { Name = name, Slug = "", Kind = PartnerKind.Government };
            await sp.GetRequiredService<OrganisationWriter>().SavePartnerAsync(partner);
        });
        return partner;
    }

    [Fact]
    public async Task A_new_partner_or_transparency_document_shows_on_the_cached_home()
    {
        await _reader.WarmAsync(["/", "/" + CacheSite.Sport]);

        await AddPartnerAsync("بلدية سرت");
        Assert.Contains("بلدية سرت", await _reader.FreshAsync("/"));

        await _reader.WarmAsync(["/"]);
        await WithAsync(async (sp, db) =>
        {
            var file = await sp.GetRequiredService<MediaStore>().SaveAsync(new MemoryStream(OrganisationSeed.Pdf(1, "Budget")), "budget.pdf", null, null);
            await db.SaveChangesAsync();
            await sp.GetRequiredService<OrganisationWriter>().AddTransparencyAsync(
                new TransparencyDocument { Title = "الميزانية التشغيلية 2026", Year = 2026, Kind = TransparencyKind.OperatingBudget, Media = file });
        });
        Assert.Contains("الميزانية التشغيلية 2026", await _reader.FreshAsync("/"));
        await _reader.AssertStillCachedAsync("/" + CacheSite.Sport);
    }

    [Fact]
    public async Task An_endorsements_new_quote_and_a_new_statement_show_on_the_cached_home()
    {
        var partner = await AddPartnerAsync("نقابة المهندسين");
        var postId = 0;
        await WithAsync(async (sp, db) =>
        {
            var writer = sp.GetRequiredService<PostWriter>();
            var post = new Post { Title = "تزكية من نقابة المهندسين", Slug = "", Kind = PostKind.Endorsement, AuthorId = _site.AuthorId, PublishedUtc = TemplateDatabase.Now.AddHours(-1) };
            db.Endorsements.Add(new Endorsement { Post = post, PartnerId = partner.Id, EndorsedOn = new DateOnly(2026, 11, 1), Quote = "عمل متقن" });
            await writer.SaveAsync(post, PostStatus.Published, new PostEdit("<p>نص التزكية.</p>", _site.AuthorId));
            postId = post.Id;
        });
        await _reader.WarmAsync(["/", "/" + CacheSite.Sport]);
        Assert.Contains("عمل متقن", await _reader.Client.GetStringAsync("/"));

        await WithAsync(async (sp, db) =>
        {
            var endorsement = await db.Endorsements.Include(e => e.Post).SingleAsync(e => e.PostId == postId);
            var version = endorsement.Post.Version;
            endorsement.Quote = "عمل متقن ومخلص";
            await sp.GetRequiredService<OrganisationWriter>().SaveEndorsementAsync(endorsement, version, "عمل متقن", "عمل متقن ومخلص");
        });
        Assert.Contains("عمل متقن ومخلص", await _reader.FreshAsync("/"));

        await _reader.WarmAsync(["/"]);
        var id = await _factory.DraftStatementAsync("بيان بشأن الانتخابات البلدية");
        await _factory.PublishStatementAsync(id);
        var home = WebUtility.HtmlDecode(await _reader.FreshAsync("/"));
        Assert.Contains("<p class=\"banner-number\">بيان رقم (1) لعام 2026</p>", home);
        await _reader.AssertStillCachedAsync("/" + CacheSite.Sport);
    }
}
