using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qalam.Accounts;
using Qalam.Import;
using Qalam.Media;
using Qalam.Organisation;

namespace Qalam.Data.Configurations;

internal sealed class MediaConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> b)
    {
        b.ToTable("Media");
        b.Property(m => m.StoragePath).HasMaxLength(500);
        b.HasIndex(m => m.StoragePath).IsUnique();
    }
}

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("Audit");
        b.Property(a => a.Action).HasMaxLength(64);
        b.HasIndex(a => a.AtUtc);
        b.HasIndex(a => new { a.Action, a.AtUtc });
    }
}

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.HasIndex(p => p.Slug).IsUnique();
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne(p => p.Logo).WithMany().HasForeignKey(p => p.LogoMediaId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class EndorsementConfiguration : IEntityTypeConfiguration<Endorsement>
{
    public void Configure(EntityTypeBuilder<Endorsement> b)
    {
        b.HasKey(e => e.PostId);
        b.HasOne(e => e.Post).WithOne().HasForeignKey<Endorsement>(e => e.PostId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.Partner).WithMany().HasForeignKey(e => e.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Letter).WithMany().HasForeignKey(e => e.LetterMediaId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> b)
    {
        b.HasKey(s => s.PostId);
        b.HasOne(s => s.Post).WithOne().HasForeignKey<Statement>(s => s.PostId).OnDelete(DeleteBehavior.Cascade);
        // The database itself refuses a second statement with the same number in a year.
        b.HasIndex(s => new { s.Year, s.Number }).IsUnique();
        b.HasMany(s => s.Addenda).WithOne().HasForeignKey(a => a.StatementPostId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Versions).WithOne().HasForeignKey(v => v.StatementPostId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StatementVersionConfiguration : IEntityTypeConfiguration<StatementVersion>
{
    public void Configure(EntityTypeBuilder<StatementVersion> b)
    {
        // Two corrections saved at once cannot both become version n: the second fails and changes nothing.
        b.HasIndex(v => new { v.StatementPostId, v.Number }).IsUnique();
        b.Property(v => v.Reason).HasMaxLength(500);
    }
}

internal sealed class StatementCounterConfiguration : IEntityTypeConfiguration<StatementCounter>
{
    public void Configure(EntityTypeBuilder<StatementCounter> b)
    {
        b.HasKey(c => c.Year);
        b.Property(c => c.Year).ValueGeneratedNever();
    }
}

internal sealed class TransparencyDocumentConfiguration : IEntityTypeConfiguration<TransparencyDocument>
{
    public void Configure(EntityTypeBuilder<TransparencyDocument> b)
    {
        b.HasIndex(d => new { d.Year, d.Kind });
        b.HasOne(d => d.Media).WithMany().HasForeignKey(d => d.MediaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConfidentialDocumentConfiguration : IEntityTypeConfiguration<ConfidentialDocument>
{
    public void Configure(EntityTypeBuilder<ConfidentialDocument> b)
    {
        b.HasIndex(d => d.Key).IsUnique();
        b.HasMany(d => d.Grants).WithOne().HasForeignKey(g => g.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConfidentialCopyConfiguration : IEntityTypeConfiguration<ConfidentialCopy>
{
    public void Configure(EntityTypeBuilder<ConfidentialCopy> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasIndex(c => new { c.DocumentId, c.AtUtc });
        b.HasOne<ConfidentialDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> b)
    {
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasOne<ConfidentialDocument>().WithMany().HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportedItemConfiguration : IEntityTypeConfiguration<ImportedItem>
{
    public void Configure(EntityTypeBuilder<ImportedItem> b)
    {
        b.HasIndex(i => new { i.Source, i.ItemType, i.SourceId }).IsUnique();
        b.HasIndex(i => i.SourceGuid);
    }
}
