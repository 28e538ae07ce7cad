using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qalam.Content;

namespace Qalam.Data.Configurations;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> b)
    {
        b.Property(p => p.Title).HasMaxLength(400);
        b.Property(p => p.Slug).HasMaxLength(200);
        b.Property(p => p.Language).HasMaxLength(8);
        b.Property(p => p.SeoTitle).HasMaxLength(300);
        b.Property(p => p.SeoDescription).HasMaxLength(600);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => p.Slug).IsUnique();
        b.HasIndex(p => new { p.Status, p.PublishedUtc });
        // The public stream (status, not a page, newest first) read from the index alone: bodies are large and stored before Kind.
        b.HasIndex(p => new { p.Status, p.PublishedUtc, p.Kind });
        b.HasIndex(p => new { p.AuthorId, p.Status, p.PublishedUtc });
        // Posts still without a stored teaser (StoredSummaries): empty once filled, so the check at each start costs nothing.
        b.HasIndex(p => p.Id, "IX_Posts_WithoutSummary").HasFilter("\"ReadingMinutes\" = 0");
        // The public stream in date order (home, archives, previous and next), matching ContentQueries.IsPublic's status
        // term exactly, so SQLite reads the newest posts straight off it instead of sorting every public one.
        // Language too, so a language's stream (/en/) is read from the index without visiting the other languages' rows.
        b.HasIndex(p => new { p.PublishedUtc, p.Id, p.Status, p.Kind, p.Language }, "IX_Posts_Stream").HasFilter("\"Status\" IN ('Published', 'Scheduled')");
        // A post's translations; one per language.
        b.HasIndex(p => new { p.TranslationGroupId, p.Language }).IsUnique().HasFilter("\"TranslationGroupId\" IS NOT NULL");
        // Whether a post found by id is public, from the index alone (related posts check a few hundred by id).
        b.HasIndex(p => new { p.Id, p.Status, p.PublishedUtc, p.Kind });
        b.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.FeaturedMedia).WithMany().HasForeignKey(p => p.FeaturedMediaId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(p => p.Categories).WithMany(c => c.Posts).UsingEntity("PostCategories");
        // The posts of a tag from the index alone (tag archives, related posts).
        b.HasMany(p => p.Tags).WithMany(t => t.Posts).UsingEntity("PostTags", j => j.HasIndex("TagsId", "PostsId"));
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.Property(p => p.DisplayName).HasMaxLength(200);
        b.Property(p => p.Slug).HasMaxLength(200);
        b.Property(p => p.Email).HasMaxLength(320);
        b.Property(p => p.NormalizedEmail).HasMaxLength(320);
        b.Property(p => p.UiLanguage).HasMaxLength(8);
        b.HasIndex(p => p.Slug).IsUnique();
        b.HasIndex(p => p.NormalizedEmail).IsUnique();
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Slug).HasMaxLength(200);
        b.HasIndex(c => c.Slug).IsUnique();
        b.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> b)
    {
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Slug).HasMaxLength(200);
        b.HasIndex(t => t.Slug).IsUnique();
    }
}

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> b)
    {
        b.HasIndex(r => new { r.PostId, r.SavedUtc });
        b.HasOne(r => r.Post).WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> b)
    {
        b.Property(r => r.FromPath).HasMaxLength(1000);
        b.HasIndex(r => r.FromPath).IsUnique();
    }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> b)
    {
        b.HasIndex(c => new { c.PostId, c.CreatedUtc });
        b.HasOne<Post>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> b)
    {
        b.ToTable("Settings");
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}
