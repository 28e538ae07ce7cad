using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Bench;
using Qalam.Content;
using Qalam.Data;
using Qalam.Localization;
using Qalam.Media;
using Qalam.Organisation;
using Qalam.Search;

// Usage: Qalam.Bench --data DIR [--posts 5000]. The data directory must already be migrated (run `Qalam demo --data DIR` first).
var data = Arg("--data") ?? throw new ArgumentException("--data DIR is required");
var count = int.Parse(Arg("--posts") ?? "5000", System.Globalization.CultureInfo.InvariantCulture);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = [$"--Qalam:Data={Path.GetFullPath(data)}", "--Qalam:SeedDemo=false", "--Logging:LogLevel:Default=Warning"],
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddQalamData();
builder.AddQalamLocalization();
builder.AddQalamAccounts();
builder.AddQalamContent();
// Saving a post involves these too: library srcset, the search index, statement numbering.
builder.AddQalamMedia();
builder.AddQalamSearch();
builder.AddQalamOrganisation();
await using var app = builder.Build();

var started = DateTime.UtcNow;
var sample = await new PostGenerator(app.Services).GenerateAsync(count);
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
    Console.WriteLine($"Generated {count} posts in {(DateTime.UtcNow - started).TotalSeconds:F0} s; the database now has {await db.Posts.CountAsync()} posts.");
}
// The script reads these addresses to know what to measure.
File.WriteAllLines(Path.Combine(data, "bench-urls.txt"), [Urls.Post(sample.PostSlug), Urls.Author(sample.AuthorSlug), Urls.Tag(sample.TagSlug), "/feed"]);
return 0;

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
