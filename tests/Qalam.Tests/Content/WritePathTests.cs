using System.Text.RegularExpressions;

namespace Qalam.Tests.Content;

/// <summary>
/// The one write path, kept: only the writers move a post's status or call the publication steps, so what must happen
/// at publication (number, audit line, search, cache) cannot be skipped by a page that does it by hand.
/// </summary>
public sealed partial class WritePathTests
{
    private static readonly string Source = FindSource();

    private static string FindSource()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var src = Path.Combine(dir.FullName, "src", "Qalam");
            if (File.Exists(Path.Combine(src, "Qalam.csproj"))) return src;
        }
        throw new DirectoryNotFoundException("src/Qalam not found above the test's folder.");
    }

    private static IEnumerable<(string Path, string Text)> Code() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(f => (Path.GetRelativePath(Source, f).Replace('\\', '/'), File.ReadAllText(f)));

    [Fact]
    public void Only_publishing_sets_a_posts_status()
    {
        var offenders = Code().Where(c => c.Path != "Content/Publishing.cs" && StatusAssignment().IsMatch(c.Text)).Select(c => c.Path).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Only_the_writers_call_the_publication_steps()
    {
        string[] writers = ["Content/Publishing.cs", "Content/PostWriter.cs", "Content/ContentSetup.cs", "Content/ScheduledPublisher.cs", "Organisation/StatementPublisher.cs"];
        var offenders = Code().Where(c => !writers.Contains(c.Path) && PublishingUse().IsMatch(c.Text)).Select(c => c.Path).ToList();
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\.Status\s*=\s*PostStatus\.|(?<!PostStatus\s)\bStatus\s*=\s*PostStatus\.\w+\s*,")]
    private static partial Regex StatusAssignment();

    [GeneratedRegex(@"\bPublishing\s+\w+\s*[,)]|GetRequiredService<Publishing>")]
    private static partial Regex PublishingUse();
}
