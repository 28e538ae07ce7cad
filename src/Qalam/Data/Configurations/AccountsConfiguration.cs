using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qalam.Accounts;
using Qalam.Content;

namespace Qalam.Data.Configurations;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> b)
    {
        b.ToTable("SignInFailures");
        b.Property(f => f.Scope).HasMaxLength(80);
        b.HasIndex(f => new { f.PersonId, f.Scope }).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AdminSessionConfiguration : IEntityTypeConfiguration<AdminSession>
{
    public void Configure(EntityTypeBuilder<AdminSession> b)
    {
        b.ToTable("Sessions");
        b.Property(s => s.Id).HasMaxLength(64);
        b.HasIndex(s => s.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
