using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qalam.Search;

namespace Qalam.Data.Configurations;

internal sealed class SearchSynonymConfiguration : IEntityTypeConfiguration<SearchSynonym>
{
    // Names readers type in either script; editors change or remove them in the admin.
    private static readonly string[] Seed =
    [
        "جوجل، غوغل، Google", "فيسبوك، فيس بوك، Facebook", "ليبيا، Libya", "تويتر، Twitter", "يوتيوب، YouTube",
        "واتساب، WhatsApp", "إنستغرام، انستقرام، Instagram", "تيليجرام، تلغرام، Telegram", "مايكروسوفت، Microsoft",
        "طرابلس، Tripoli", "بنغازي، Benghazi", "مصراتة، Misrata",
    ];

    public void Configure(EntityTypeBuilder<SearchSynonym> b)
    {
        b.Property(s => s.Words).HasMaxLength(1000);
        var at = new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero);
        b.HasData(Seed.Select((words, i) => new SearchSynonym { Id = i + 1, Words = words, UpdatedUtc = at }));
    }
}

internal sealed class SearchQueryDayConfiguration : IEntityTypeConfiguration<SearchQueryDay>
{
    public void Configure(EntityTypeBuilder<SearchQueryDay> b)
    {
        b.Property(q => q.Query).HasMaxLength(QueryLog.MaxQueryLength);
        b.HasIndex(q => new { q.Day, q.Query }).IsUnique();
    }
}
