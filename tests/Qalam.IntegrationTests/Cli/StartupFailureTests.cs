using System.Net;
using System.Net.Sockets;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Cli;

/// <summary>The set-up mistakes people make most end in one line that says what to do, a documented exit code, and the details in a log.</summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("qalam-start-").FullName;
    // No test here reads the demo organisation a first start would load, so no start pays for loading it.
    private const string SeedDemo = "Qalam__SeedDemo";
    private static readonly Dictionary<string, string> English = new() { ["LANG"] = "en_GB.UTF-8", [SeedDemo] = "false" };

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Data => Path.Combine(_root, "data");

    [Fact]
    public async Task A_busy_address_is_one_line_and_the_first_password_waits_in_its_file_until_a_start_that_listens()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}";

        var failed = await QalamProcess.RunAsync(null, English, "serve", "--data", Data, "--urls", url);

        Assert.Equal(69, failed.ExitCode);
        Assert.Equal($"Cannot start the site: {url} is already used by another program. Stop that program, or choose another address with --urls.",
            OneLine(failed.Error));
        Assert.DoesNotContain("password:", failed.All);
        var file = Path.Combine(Data, "first-admin-password.txt");
        Assert.Contains("password: ", await File.ReadAllTextAsync(file));
        Assert.Contains("AddressInUseException", await File.ReadAllTextAsync(Path.Combine(Data, "logs", "qalam.log")));

        // Another start that does listen says where the password is, not the password.
        busy.Stop();
        var output = await ServeUntilRunningAsync(English, "serve", "--data", Data, "--urls", url);
        Assert.Contains($"their password is in {file}", output);
        Assert.DoesNotContain("password: ", output);
    }

    [Fact]
    public async Task On_a_first_start_the_password_is_printed_once_the_site_answers()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        using var process = QalamProcess.Start(English, "serve", "--data", Data, "--urls", url);
        try
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(180))) is not null && !line.Contains("password:"))
            {
            }
            Assert.NotNull(line);
            // Printed only once listening: the site already answers when the password appears.
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{url}/healthz")).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_data_directory_that_is_a_file_has_no_parent_or_cannot_be_written_is_refused_in_one_line()
    {
        var file = Path.Combine(_root, "notes.txt");
        await File.WriteAllTextAsync(file, "x");
        await AssertRefused(73, $"Cannot use the data directory: {file} is a file, not a folder. Choose a folder with --data.", "serve", "--data", file);

        var orphan = Path.Combine(_root, "missing", "data");
        await AssertRefused(73, $"Cannot create the data directory {orphan}: the folder {Path.GetDirectoryName(orphan)} does not exist. " +
            "Create it first, or choose another place with --data.", "serve", "--data", orphan);
        Assert.False(Directory.Exists(Path.GetDirectoryName(orphan)));

        // Root writes through permission bits, so for root an unwritable folder is one of the kernel's own.
        var locked = Path.Combine(_root, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (Environment.UserName == "root") locked = "/sys/kernel";
        await AssertRefused(73, $"Cannot write to the data directory {locked}. Give the user running Qalam write access to it, or choose another folder with --data.",
            "users", "list", "--data", locked);
        File.SetUnixFileMode(Path.Combine(_root, "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public async Task Wrong_settings_name_the_setting_and_what_it_needs()
    {
        await AssertRefusedWith(78, "The setting Qalam:Database is \"mysql\", which is not supported; the values it can take are sqlite and postgres.",
            new() { ["Qalam__Database"] = "mysql" }, "serve", "--data", Data);
        await AssertRefusedWith(78, "The setting Qalam:PublisherIntervalSeconds is \"abc\", which is not a whole number. " +
            "Correct it in appsettings.json or in the environment variable Qalam__PublisherIntervalSeconds.",
            new() { ["Qalam__PublisherIntervalSeconds"] = "abc" }, "serve", "--data", Data);
        await AssertRefusedWith(78, "The setting Qalam:PublisherIntervalSeconds must be between 1 and 3600.",
            new() { ["Qalam__PublisherIntervalSeconds"] = "0" }, "serve", "--data", Data, "--urls", $"http://127.0.0.1:{FreePort()}");
        await AssertRefusedWith(78, "The setting Qalam:Redis is not valid: Keyword 'sever' is not supported. Give a StackExchange.Redis " +
            "configuration string such as 127.0.0.1:6379, or remove the setting to run Qalam on one machine.",
            new() { ["Qalam__Redis"] = "127.0.0.1:6379,sever=2" }, "serve", "--data", Data);
    }

    [Fact]
    public async Task A_media_store_that_is_not_there_is_refused_rather_than_made()
    {
        // Most often a shared volume that is not mounted: files written into its empty mount point would be this instance's alone.
        var store = Path.Combine(_root, "shared-volume");
        await AssertRefusedWith(73, $"Cannot use the media store {store} (Qalam:Media:Store): the folder does not exist. Mount the shared volume or create " +
            "the folder, or leave the setting unset to keep uploaded files in the data directory.", new() { ["Qalam__Media__Store"] = store }, "serve", "--data", Data);
        Assert.False(Directory.Exists(store));
    }

    [Fact]
    public async Task An_arabic_terminal_gets_the_line_in_arabic()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}";
        var failed = await QalamProcess.RunAsync(null, new Dictionary<string, string> { ["LANG"] = "ar_LY.UTF-8", [SeedDemo] = "false" }, "serve", "--data", Data, "--urls", url);
        Assert.Equal(69, failed.ExitCode);
        Assert.Equal($"لا يمكن تشغيل الموقع: العنوان {url} يستعمله برنامج آخر. أوقف ذلك البرنامج أو اختر عنوانًا آخر بالخيار --urls.", OneLine(failed.Error));
    }

    [Fact]
    public async Task The_data_option_before_the_verb_or_without_one_is_the_data_directory_the_site_uses()
    {
        await ServeUntilRunningAsync(English, "--data", Data, "serve", "--urls", $"http://127.0.0.1:{FreePort()}");
        Assert.True(File.Exists(Path.Combine(Data, "qalam.db")));

        var other = Path.Combine(_root, "other");
        await ServeUntilRunningAsync(English, "--data", other, "--urls", $"http://127.0.0.1:{FreePort()}");
        Assert.True(File.Exists(Path.Combine(other, "qalam.db")));
    }

    private static Task AssertRefused(int code, string line, params string[] args) => AssertRefusedWith(code, line, [], args);

    private static async Task AssertRefusedWith(int code, string line, Dictionary<string, string> environment, params string[] args)
    {
        foreach (var (k, v) in English) environment.TryAdd(k, v);
        var result = await QalamProcess.RunAsync(null, environment, args);
        Assert.True(result.ExitCode == code, $"exit {result.ExitCode}: {result.All}");
        Assert.Equal(line, OneLine(result.Error));
        Assert.DoesNotContain("   at ", result.All);
        Assert.DoesNotContain("Exception", result.All);
    }

    /// <summary>The error stream holds exactly one line.</summary>
    private static string OneLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1, $"expected one line, got: {error}");
        return lines[0];
    }

    /// <summary>Starts serve, returns what it printed up to its "running" line, and stops it.</summary>
    private static async Task<string> ServeUntilRunningAsync(Dictionary<string, string> environment, params string[] args)
    {
        using var process = QalamProcess.Start(environment, args);
        var output = new System.Text.StringBuilder();
        try
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(180))) is not null)
            {
                output.AppendLine(line);
                if (line.StartsWith("Qalam is running at", StringComparison.Ordinal)) return output.ToString();
            }
            throw new InvalidOperationException($"serve ended early: {output}{await process.StandardError.ReadToEndAsync()}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
