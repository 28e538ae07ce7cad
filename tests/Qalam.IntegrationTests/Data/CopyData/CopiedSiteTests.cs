using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Comments;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Backups;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;
using Qalam.IntegrationTests.Organisation;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Data.CopyData;

/// <summary>
/// The main proof: a site on SQLite copied to PostgreSQL and from there to a new SQLite file answers every public
/// address, search, media file and confidential download as the original does, keeps its audit chain, its statement
/// numbers and every table's rows, and goes on giving new ids after the copied ones.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CopiedSiteTests : IDisposable
{
    private readonly QalamFactory _site = new(demo: true, postgres: false);
    private readonly string _postgres = PostgresCluster.Shared.CreateDatabase();
    private readonly string _folder = Directory.CreateTempSubdirectory("qalam-copy-").FullName;
    private QalamFactory? _onPostgres;
    private QalamFactory? _onSqlite;

    public void Dispose()
    {
        _site.Dispose();
        _onPostgres?.Dispose();
        _onSqlite?.Dispose();
        PostgresCluster.Shared.DropDatabase(_postgres);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_site_copied_to_postgres_and_back_to_sqlite_answers_as_the_original()
    {
        var admin = await _site.SignedInClientAsync(Role.Administrator, "admin@copy.example");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.UploadAsync(MediaFiles.Jpeg(900, 600), "صورة-الغلاف.jpg")).StatusCode);
        var confidential = await _site.UploadConfidentialAsync(admin, "عقد الإيجار السنوي", Role.Editor);
        await CommentAndReplyAsync();

        var pgFiles = Path.Combine(_folder, "pg-files");
        var toPostgres = await CopyDataRun.RunAsync($"sqlite:{Path.Combine(_site.DataDirectory, "qalam.db")}", "postgres:" + _postgres, "--files-to", pgFiles);
        CopyDataRun.Succeeded(toPostgres);
        await EveryTableIsListedWithItsRowsAsync(toPostgres.Output);

        _onSqlite = new QalamFactory(demo: false, postgres: false);
        File.Delete(Path.Combine(_onSqlite.DataDirectory, "qalam.db"));
        var toSqlite = await CopyDataRun.RunAsync("postgres:" + _postgres, $"sqlite:{Path.Combine(_onSqlite.DataDirectory, "qalam.db")}", "--files-from", pgFiles);
        CopyDataRun.Succeeded(toSqlite);
        await EveryTableIsListedWithItsRowsAsync(toSqlite.Output);

        _onPostgres = new QalamFactory(demo: false, postgres: false, settings: new Dictionary<string, string>
        {
            ["Qalam:Database"] = "postgres", ["ConnectionStrings:Default"] = _postgres, ["Qalam:Media:Store"] = pgFiles,
        });
        CopyDataRun.GiveKeys(_site.DataDirectory, _onPostgres.DataDirectory);
        CopyDataRun.GiveKeys(_site.DataDirectory, _onSqlite.DataDirectory);

        foreach (var copy in new[] { _onPostgres, _onSqlite })
        {
            await AnswersAsTheOriginalAsync(copy);
            // The owner signs in to the copy with their own password and opens the confidential file (copied still
            // encrypted, so it opens with the site's keys only).
            var client = copy.CreateBrowserlessClient();
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("admin@copy.example")).StatusCode);
            var download = await client.GetAsync($"/admin/documents/{confidential}/download");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await download.Content.ReadAsByteArrayAsync())[..4]));
            await NewRowsGetNewIdsAsync(copy);
        }
        var verified = await QalamProcess.RunAsync(null, new Dictionary<string, string>
        {
            ["Qalam__Database"] = "postgres", ["ConnectionStrings__Default"] = _postgres,
        }, "audit", "verify", "--data", _onPostgres.DataDirectory);
        Assert.True(verified.ExitCode == 0, verified.All);
        var verifiedSqlite = await QalamProcess.RunAsync(null, "audit", "verify", "--data", _onSqlite.DataDirectory);
        Assert.True(verifiedSqlite.ExitCode == 0, verifiedSqlite.All);
        Assert.Contains((await _onSqlite.WithDbAsync(db => db.Audit.CountAsync())).ToString(), verifiedSqlite.Output);
        Assert.Equal(Files(_site.DataDirectory), Files(_onSqlite.DataDirectory));
    }

    /// <summary>A reader's comment and a reply to it: a row that names another row of its own table.</summary>
    private async Task CommentAndReplyAsync()
    {
        await _site.ChangeSettingsAsync(s => (s.CommentsOpen, s.CommentsHeldForModeration, s.CommentsCloseAfterDays) = (true, false, 0));
        var post = await _site.WithDbAsync(db => db.Posts.Where(ContentQueries.IsPublic(TemplateDatabase.Now)).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        int? replyTo = null;
        foreach (var text in new[] { "تعليق قارئة على المقال", "ردّ على التعليق" })
        {
            await _site.WithScopeAsync(async sp =>
            {
                var result = await sp.GetRequiredService<CommentWriter>().AddFromReaderAsync(new CommentForm
                {
                    PostId = post, ReplyTo = replyTo, Name = "قارئة", Email = "reader@example.org", Text = text,
                }, CancellationToken.None);
                Assert.Equal(CommentOutcome.Published, result.Outcome);
                replyTo = result.Comment!.Id;
            });
        }
    }

    /// <summary>
    /// Every table of the model has its line with the source's row count: a table the copy missed fails here. The
    /// leases alone are left behind (they name the source's instances), and the report does not list them.
    /// </summary>
    private async Task EveryTableIsListedWithItsRowsAsync(string output)
    {
        var tables = await _site.WithDbAsync(db => Task.FromResult(db.Model.GetRelationalModel().Tables.Select(t => t.Name).ToList()));
        Assert.Equal(["Leases"], tables.Where(Qalam.Data.Copy.CopyPlan.NotCopied.Contains));
        Assert.DoesNotMatch(new Regex("(?m)^Leases "), output);
        tables.Remove("Leases");
        Assert.True(tables.Count > 30, $"Only {tables.Count} tables in the model.");
        foreach (var table in tables)
        {
            // The table's name comes from the model, not from input.
            var count = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            var rows = await _site.WithDbAsync(db => db.Database.SqlQueryRaw<long>(count).SingleAsync());
            Assert.Matches(new Regex($@"(?m)^{table} +{rows} rows +checksum matches$"), output);
        }
        foreach (var busy in new[] { "Posts", "Audit", "Comments", "Media", "ConfidentialDocuments", "Statements", "SearchSynonyms" })
        {
            Assert.DoesNotMatch(new Regex($@"(?m)^{busy} +0 rows"), output);
        }
        Assert.Contains("every count and checksum matches", output);
    }

    private async Task AnswersAsTheOriginalAsync(QalamFactory copy)
    {
        var (original, copied) = (_site.CreateBrowserlessClient(), copy.CreateBrowserlessClient());
        var urls = await RestoredSiteTests.PublicAddressesAsync(original);
        Assert.True(urls.Count > 30, $"Only {urls.Count} public addresses found.");
        urls.AddRange(["/search?q=بيان", "/search?q=المؤسسة+الليبية", "/search?q=technology"]);
        urls.AddRange(Files(_site.DataDirectory).Where(f => f.StartsWith("media/", StringComparison.Ordinal))
            .Select(f => "/" + string.Join('/', f.Split('/').Select(Uri.EscapeDataString))));
        foreach (var url in urls)
        {
            var (a, b) = (await original.GetAsync(url), await copied.GetAsync(url));
            Assert.True(a.StatusCode == b.StatusCode, $"{url}: {a.StatusCode} on the original, {b.StatusCode} on the copy.");
            Assert.True(RestoredSiteTests.Timeless(await a.Content.ReadAsStringAsync()) == RestoredSiteTests.Timeless(await b.Content.ReadAsStringAsync()),
                $"{url} differs on the copy.");
        }
        Assert.Equal(await StatementNumbersAsync(_site), await StatementNumbersAsync(copy));
    }

    /// <summary>The identity sequences were moved past the copied ids: new rows are saved with the next ids.</summary>
    private async Task NewRowsGetNewIdsAsync(QalamFactory copy)
    {
        var (lastPost, lastComment) = await copy.WithDbAsync(async db => (await db.Posts.MaxAsync(p => p.Id), await db.Comments.MaxAsync(c => c.Id)));
        var author = await copy.WithDbAsync(db => db.People.Select(p => p.Id).FirstAsync());
        Assert.Equal(lastPost + 1, await copy.AddPostAsync(author, "خبر جديد بعد النسخ"));
        await copy.WithScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<CommentWriter>().AddFromReaderAsync(new CommentForm
            {
                PostId = await sp.GetRequiredService<QalamDb>().Comments.Select(c => c.PostId).FirstAsync(),
                Name = "قارئ", Email = "r2@example.org", Text = "تعليق على النسخة",
            }, CancellationToken.None);
            Assert.Equal(lastComment + 1, result.Comment!.Id);
        });
    }

    private static Task<List<string>> StatementNumbersAsync(QalamFactory site) =>
        site.WithDbAsync(db => db.Statements.OrderBy(s => s.PostId).Select(s => $"{s.PostId} {s.Year}/{s.Number}").ToListAsync());

    private static List<string> Files(string root) =>
        [.. Qalam.Data.Copy.StoreCopy.Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}
