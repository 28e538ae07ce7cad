using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Import;
using Qalam.Media;
using Qalam.Organisation;
using Qalam.Search;

namespace Qalam.Data;

/// <summary>
/// The one DbContext. Each database provider has a subclass with its own migrations
/// (<see cref="SqliteQalamDb"/>); queries are written against this type only.
/// </summary>
public abstract class QalamDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Term> Terms => Set<Term>();
    public DbSet<LocalizedText> LocalizedTexts => Set<LocalizedText>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<Redirect> Redirects => Set<Redirect>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<MediaItem> Media => Set<MediaItem>();
    public DbSet<SiteSettings> Settings => Set<SiteSettings>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<AdminSession> Sessions => Set<AdminSession>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<Webhooks.Webhook> Webhooks => Set<Webhooks.Webhook>();
    public DbSet<Webhooks.WebhookDelivery> WebhookDeliveries => Set<Webhooks.WebhookDelivery>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<Endorsement> Endorsements => Set<Endorsement>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<StatementAddendum> StatementAddenda => Set<StatementAddendum>();
    public DbSet<StatementCounter> StatementCounters => Set<StatementCounter>();
    public DbSet<StatementVersion> StatementVersions => Set<StatementVersion>();
    public DbSet<TransparencyDocument> TransparencyDocuments => Set<TransparencyDocument>();
    public DbSet<ConfidentialDocument> ConfidentialDocuments => Set<ConfidentialDocument>();
    public DbSet<ConfidentialGrant> ConfidentialGrants => Set<ConfidentialGrant>();
    public DbSet<ConfidentialCopy> ConfidentialCopies => Set<ConfidentialCopy>();
    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();
    public DbSet<ImportedItem> ImportedItems => Set<ImportedItem>();
    public DbSet<SearchSynonym> SearchSynonyms => Set<SearchSynonym>();
    public DbSet<SearchQueryDay> SearchQueries => Set<SearchQueryDay>();
    public DbSet<Lease> Leases => Set<Lease>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QalamDb).Assembly, t => t.Namespace == typeof(QalamDb).Namespace + ".Configurations");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names: readable in the database and stable if members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
