using System.Text.RegularExpressions;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Cli;

/// <summary>`users add --help` as a person reads it before adding someone.</summary>
public sealed class UsersHelpTests
{
    [Fact]
    public async Task Role_help_lists_each_role_once()
    {
        var help = await QalamProcess.RunAsync(null, "users", "add", "--help");

        Assert.Equal(0, help.ExitCode);
        var line = help.Output.Split('\n').Single(l => l.TrimStart().StartsWith("--role", StringComparison.Ordinal));
        var values = Regex.Match(line, "<([^>]*)>").Groups[1].Value.Split('|');
        Assert.Equal(["administrator", "editor", "author", "contributor"], values);
    }

    [Fact]
    public async Task A_role_that_is_not_a_name_is_refused_in_one_line()
    {
        var data = Directory.CreateTempSubdirectory("qalam-role-").FullName;
        try
        {
            var run = await QalamProcess.RunAsync(null, "users", "add", "--email", "a@example.org", "--name", "علاء", "--role", "3", "--data", data);

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("Unknown role '3': use administrator, editor, author or contributor.", run.Error);
            Assert.DoesNotContain("   at ", run.All);
        }
        finally
        {
            DataDirectories.Delete(data);
        }
    }
}
