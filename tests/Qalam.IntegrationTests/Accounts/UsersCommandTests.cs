using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

/// <summary>The `users` verbs, run as the built program on a data directory, then used through the site on the same data.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("qalam-cli-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            DataDirectories.Delete(_data);
        }
        catch (IOException)
        {
        }
    }

    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Qalam.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(_data);
        start.Environment["Qalam__SeedDemo"] = "false";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Users_add_then_reset_link_prints_a_one_time_link_that_sets_the_password()
    {
        var added = await RunAsync("users", "add", "--email", "salma@example.org", "--name", "سلمى الورفلي", "--role", "editor");
        Assert.True(added.Code == 0, added.Err);
        Assert.Contains("Password (shown once):", added.Out);

        var printed = await RunAsync("users", "reset-link", "--email", "SALMA@example.org", "--base-url", "https://qalam.example.org/");
        Assert.True(printed.Code == 0, printed.Err);
        var link = new Uri(printed.Out.Trim());
        Assert.Equal("https://qalam.example.org/admin/reset-password", link.GetLeftPart(UriPartial.Path));

        using var site = new QalamFactory(demo: false);
        var root = Path.Combine(site.DataDirectory, "qalam.db");
        SqliteConnection.ClearAllPools();
        File.Copy(Path.Combine(_data, "qalam.db"), root, overwrite: true);
        CopyKeys(Path.Combine(_data, "keys"), Path.Combine(site.DataDirectory, "keys"));
        // The key ring is encrypted under a key kept beside the data directory: it moves with the keys.
        File.Copy(_data + ".keyring-key", site.DataDirectory + ".keyring-key", overwrite: true);
        var client = site.CreateBrowserlessClient();
        var set = await client.PostFormAsync(link.PathAndQuery, AccountSteps.Fields(("NewPassword", "set from the printed link"), ("ConfirmPassword", "set from the printed link")));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/admin", (await client.SignInAsync("salma@example.org", "set from the printed link")).Location());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(link.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Reset_link_for_an_unknown_email_fails_with_a_message()
    {
        var result = await RunAsync("users", "reset-link", "--email", "nobody@example.org");
        Assert.Equal(1, result.Code);
        Assert.Contains("No active person with the email nobody@example.org", result.Err);
        Assert.Equal("", result.Out.Trim());
    }

    private static void CopyKeys(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
}
