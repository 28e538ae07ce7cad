using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qalam.Accounts;

namespace Qalam.Data.Configurations;

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> b)
    {
        b.ToTable("AccessTokens");
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.Hash).HasMaxLength(64);
        b.Property(t => t.Hint).HasMaxLength(16);
        b.Property(t => t.Scopes).HasMaxLength(200);
        b.HasIndex(t => t.Hash).IsUnique();
        b.HasIndex(t => t.PersonId);
        b.HasOne(t => t.Person).WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(t => t.ScopeList);
    }
}
