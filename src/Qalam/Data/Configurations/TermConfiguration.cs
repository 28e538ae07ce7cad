using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qalam.Content;

namespace Qalam.Data.Configurations;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> b)
    {
        b.Property(t => t.Taxonomy).HasMaxLength(64);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Slug).HasMaxLength(200);
        b.HasIndex(t => new { t.Taxonomy, t.Slug }).IsUnique();
        b.HasOne(t => t.Parent).WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        // Configured from this side so Post needs no new navigation.
        b.HasMany(t => t.Posts).WithMany().UsingEntity("PostTerms");
    }
}
