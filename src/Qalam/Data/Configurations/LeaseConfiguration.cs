using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qalam.Import;

namespace Qalam.Data.Configurations;

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> b)
    {
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.Holder).HasMaxLength(200);
    }
}

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.Property(j => j.Id).HasMaxLength(32);
        b.Property(j => j.Holder).HasMaxLength(200);
        b.Property(j => j.Phase).HasMaxLength(32);
        b.Ignore(j => j.Finished);
        // The job still running (or waiting to be taken over) is looked for on every instance's round.
        b.HasIndex(j => j.FinishedUtc);
        b.HasOne<Content.Person>().WithMany().HasForeignKey(j => j.ImportedById).OnDelete(DeleteBehavior.SetNull);
    }
}
