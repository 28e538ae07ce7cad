using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.Export;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Organisation;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Export;

public sealed class ExportChangesTests : IDisposable
{
    private const string Slug = "إطلاق-برنامج-مهارات-للتدريب-الرقمي-في-سبها";
    private static readonly DateTime Before = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly QalamFactory _site = ExportRun.Site();
    private readonly string _out = Directory.CreateTempSubdirectory("qalam-export-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_out, recursive: true);
    }

    private Task ChangeAsync(Func<PostWriter, Post, Task> change) => _site.WithScopeAsync(async sp =>
    {
        var post = await sp.GetRequiredService<QalamDb>().Posts.FirstAsync(p => p.Slug == Slug);
        await change(sp.GetRequiredService<PostWriter>(), post);
    });

    [Fact]
    public async Task A_second_export_rewrites_only_what_an_edit_changed_and_removes_an_unpublished_post()
    {
        var notes = Path.Combine(_out, "notes.txt");
        await File.WriteAllTextAsync(notes, "the publisher's own file");
        var first = await _site.ExportAsync(_out);
        foreach (var file in ExportRun.Files(_out)) File.SetLastWriteTimeUtc(file, Before);

        await ChangeAsync(async (writer, post) =>
        {
            await writer.ApplyBodyAsync(post, "<p>فقرة جديدة أضيفت بعد النشر.</p>");
            writer.Touch(post, post.AuthorId);
            await writer.SaveAsync(post, PostStatus.Published);
        });
        var second = await _site.ExportAsync(_out);

        var rewritten = ExportRun.Files(_out).Where(f => File.GetLastWriteTimeUtc(f) != Before).ToList();
        var postFile = Path.Combine(_out, Slug, "index.html");
        Assert.Contains(postFile, rewritten);
        Assert.Contains("فقرة جديدة أضيفت بعد النشر", await File.ReadAllTextAsync(postFile));
        Assert.Equal(second.Written, rewritten.Count);
        Assert.Equal(first.Written, second.Written + second.Unchanged);
        Assert.Equal(0, second.Removed);
        Assert.True(rewritten.Count < first.Written / 4, $"{rewritten.Count} of {first.Written} files rewritten");
        // Every other rewritten file shows the post: a list, a neighbour, a feed, the sitemap.
        var address = Urls.Post(Slug);
        foreach (var file in rewritten.Where(f => f != postFile))
        {
            Assert.True((await File.ReadAllTextAsync(file)).Contains(address, StringComparison.Ordinal), $"{Path.GetRelativePath(_out, file)} was rewritten");
        }
        Assert.Equal(Before, File.GetLastWriteTimeUtc(Path.Combine(_out, "about-us", "index.html")));

        await ChangeAsync((writer, post) => writer.SaveAsync(post, PostStatus.Draft));
        var third = await _site.ExportAsync(_out);

        Assert.True(third.Removed >= 1, $"{third.Removed} removed");
        Assert.False(Directory.Exists(Path.Combine(_out, Slug)));
        Assert.DoesNotContain(Slug + "/index.html", await File.ReadAllLinesAsync(Path.Combine(_out, ExportOutput.ManifestName)));
        foreach (var file in ExportRun.Files(_out)) Assert.DoesNotContain(address, await File.ReadAllTextAsync(file));
        Assert.Equal("the publisher's own file", await File.ReadAllTextAsync(notes));
    }

    [Fact]
    public async Task Nothing_private_is_exported()
    {
        var now = _site.Clock.GetUtcNow();
        var hidden = new (string Title, PostStatus Status, DateTimeOffset? At)[]
        {
            ("مسودة لم تنشر DRAFT-7731", PostStatus.Draft, null),
            ("تدوينة خاصة PRIVATE-2291", PostStatus.Private, null),
            ("بانتظار المراجعة PENDING-4410", PostStatus.PendingReview, null),
            ("إعلان مجدول SCHEDULED-5512", PostStatus.Scheduled, now.AddDays(10)),
        };
        var slugs = new List<string>();
        foreach (var (title, status, at) in hidden)
        {
            slugs.Add((await _site.AddPostAsync(new NewPost(title, $"<p>{title} نص لا يراه أحد.</p>") { Status = status, PublishedUtc = at, Tags = ["وسم-خفي"] })).Slug);
        }
        var admin = await _site.SignedInClientAsync(Role.Administrator);
        var key = await _site.UploadConfidentialAsync(admin, "مراسلات سرية CONFIDENTIAL-8842", Role.Administrator);

        var summary = await _site.ExportAsync(_out);

        Assert.Empty(summary.Failures);
        var marks = new[] { "DRAFT-7731", "PRIVATE-2291", "PENDING-4410", "SCHEDULED-5512", "CONFIDENTIAL-8842", "وسم-خفي", key.ToString() }
            .Concat(slugs).Concat(slugs.Select(Content.Slug.Encode)).ToList();
        var files = ExportRun.Files(_out).ToList();
        Assert.True(files.Count > 100, $"{files.Count} files");
        foreach (var file in files)
        {
            var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
            foreach (var mark in marks) Assert.False(text.Contains(mark, StringComparison.Ordinal), $"{mark} in {Path.GetRelativePath(_out, file)}");
        }
        var top = Directory.EnumerateFileSystemEntries(_out).Select(Path.GetFileName).ToList();
        foreach (var name in new[] { "admin", "share", "search", "comments", "confidential" }) Assert.DoesNotContain(name, top);
    }
}
