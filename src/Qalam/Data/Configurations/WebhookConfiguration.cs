using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qalam.Webhooks;

namespace Qalam.Data.Configurations;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> b)
    {
        b.ToTable("Webhooks");
        b.Property(w => w.Url).HasMaxLength(2000);
        b.Property(w => w.ProtectedSecret).HasMaxLength(1000);
        b.Property(w => w.Events).HasMaxLength(200);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.ToTable("WebhookDeliveries");
        b.Property(d => d.EventId).HasMaxLength(40);
        b.Property(d => d.EventType).HasMaxLength(40);
        b.Property(d => d.LastError).HasMaxLength(500);
        // The sender's one query: what is due now.
        b.HasIndex(d => new { d.State, d.NextAttemptUtc });
        b.HasIndex(d => d.WebhookId);
        b.HasOne(d => d.Webhook).WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
    }
}
