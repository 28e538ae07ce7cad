using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Cli;

public sealed class DemoVerbTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("qalam-cli-").FullName;

    [Fact]
    public async Task Demo_loads_the_organisation_into_an_empty_directory_and_refuses_a_second_time_without_reset()
    {
        var first = await QalamProcess.RunAsync(null, "demo", "--data", _data);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Contains("Loaded the demo organisation", first.Output);
        Assert.Contains("password:", first.Output);
        Assert.True(File.Exists(Path.Combine(_data, "qalam.db")));

        var second = await QalamProcess.RunAsync(null, "demo", "--data", _data);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("--reset", second.Error);

        var reset = await QalamProcess.RunAsync(null, "demo", "--reset", "--data", _data);
        Assert.True(reset.ExitCode == 0, reset.Output + reset.Error);
        Assert.Contains("Loaded the demo organisation", reset.Output);
    }

    [Fact]
    public async Task Every_verb_explains_itself_with_help()
    {
        foreach (var verb in new[] { "serve", "users", "demo" })
        {
            var help = await QalamProcess.RunAsync(null, verb, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("--data", help.Output);
        }
    }

    public void Dispose() => DataDirectories.Delete(_data);
}
