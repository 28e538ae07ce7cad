using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run, on a free loopback port, under one temp root
/// (/tmp/qalam-test-pg.*; scripts/test kills a leftover postmaster by the PID in its data directory). Durability is
/// off (fsync=off): nothing here outlives the run. Each factory or test class asks for its own database.
/// QALAM_TEST_POSTGRES (a connection string to a server that may create databases) uses that server instead.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private static readonly Lazy<PostgresCluster> Lazy = new(Start);
    private readonly string? _root;

    private PostgresCluster(string adminConnection, string? root)
    {
        AdminConnection = adminConnection;
        _root = root;
    }

    /// <summary>The run's cluster, started at first use and stopped when the test process exits.</summary>
    public static PostgresCluster Shared => Lazy.Value;

    /// <summary>A connection string to the maintenance database, as the superuser.</summary>
    public string AdminConnection { get; }

    /// <summary>Creates an empty database (or a copy of <paramref name="template"/>) and returns its connection string.</summary>
    public string CreateDatabase(string? template = null, string? name = null)
    {
        name ??= "t_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\"" + (template is null ? "" : $" TEMPLATE \"{template}\""));
        return ConnectionString(name);
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder(AdminConnection) { Database = database }.ToString();

    /// <summary>Drops a test's database, closing what its app left open.</summary>
    public void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        Execute($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)");
    }

    public long Count(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnection);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnection);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Stops the server at once (as a crash would), keeping its files, for tests of an outage.</summary>
    public void Stop() => Pg("pg_ctl", "-D", DataDir, "-m", "immediate", "-w", "stop");

    /// <summary>Starts the stopped server again on the same port.</summary>
    public void Resume() => Pg("pg_ctl", "-D", DataDir, "-l", Path.Combine(_root!, "pg.log"), "-w", "-t", "60", "-o", Options, "start");

    private string DataDir => Path.Combine(_root ?? throw new InvalidOperationException("An external server cannot be stopped."), "data");

    private string Options => $"-p {new NpgsqlConnectionStringBuilder(AdminConnection).Port} -k {_root} -c listen_addresses=127.0.0.1 " +
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";

    private static PostgresCluster Start() =>
        Environment.GetEnvironmentVariable("QALAM_TEST_POSTGRES") is { Length: > 0 } external ? new PostgresCluster(external, null) : StartNew();

    /// <summary>A cluster of the caller's own, for a test that stops it; stopped and deleted by <see cref="Dispose"/> or at exit.</summary>
    public static PostgresCluster StartNew()
    {
        if (!File.Exists(Path.Combine(Bin, "postgres")))
        {
            // Never a skip: a missing install step must not pass for a green run.
            throw new InvalidOperationException($"PostgreSQL is not installed ({Bin}/postgres is missing): apt-get install postgresql, as scripts/test does.");
        }
        var root = Directory.CreateTempSubdirectory("qalam-test-pg.").FullName;
        var port = TestServers.FreePort();
        // scripts/test stops a cluster whose owner is gone, and never one a running test process still uses.
        File.WriteAllText(Path.Combine(root, "owner.pid"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var cluster = new PostgresCluster($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30;Command Timeout=60", root);
        if (IsRoot) Run("chown", "postgres:postgres", root);
        cluster.Pg("initdb", "-D", Path.Combine(root, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        cluster.Resume();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    }

    public void Dispose()
    {
        if (_root is null || !Directory.Exists(_root)) return;
        try
        {
            NpgsqlConnection.ClearAllPools();
            if (File.Exists(Path.Combine(DataDir, "postmaster.pid"))) Stop();
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // A file still held: scripts/test kills a leftover server by its PID and the OS cleans /tmp.
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    // initdb and the server refuse to run as root: as root they run as the postgres user.
    private void Pg(string tool, params string[] args)
    {
        if (IsRoot) Run("runuser", ["-u", "postgres", "--", Path.Combine(Bin, tool), .. args]);
        else Run(Path.Combine(Bin, tool), args);
    }

    private static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120))) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {output.Result}{error.Result}");
    }
}
