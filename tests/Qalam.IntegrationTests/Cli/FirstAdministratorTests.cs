using System.Net;
using System.Text.RegularExpressions;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Cli;

public sealed class FirstAdministratorTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("qalam-cli-").FullName;

    public void Dispose() => DataDirectories.Delete(_data);

    [Fact]
    public async Task The_first_password_is_printed_once_and_kept_in_an_owner_only_file_until_the_first_sign_in()
    {
        var demo = await QalamProcess.RunAsync(null, "demo", "--data", _data);
        Assert.True(demo.ExitCode == 0, demo.Output + demo.Error);
        var password = Regex.Match(demo.Output, @"password:\s+(\S+)").Groups[1].Value;
        Assert.Single(Regex.Matches(demo.Output + demo.Error, Regex.Escape(password)));
        var file = Path.Combine(_data, "first-admin-password.txt");
        Assert.Contains(password, await File.ReadAllTextAsync(file));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));

        using var factory = new QalamFactory(demo: false);
        foreach (var name in new[] { "qalam.db", "first-admin-password.txt" })
        {
            File.Copy(Path.Combine(_data, name), Path.Combine(factory.DataDirectory, name), overwrite: true);
        }
        var signIn = await factory.CreateBrowserlessClient().SignInAsync("admin@qalam.local", password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.False(File.Exists(Path.Combine(factory.DataDirectory, "first-admin-password.txt")));
    }
}
