using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qalam.Content;

namespace Qalam.Data.Configurations;

internal sealed class LocalizedTextConfiguration : IEntityTypeConfiguration<LocalizedText>
{
    public void Configure(EntityTypeBuilder<LocalizedText> b)
    {
        b.Property(t => t.Language).HasMaxLength(12);
        b.HasIndex(t => new { t.Subject, t.SubjectId, t.Field, t.Language }).IsUnique();
    }
}
