namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>
/// The database the test apps run on: SQLite, or PostgreSQL when QALAM_TEST_DATABASE=postgres (scripts/test runs the
/// data-facing classes a second time so). Tests that are about one database say so themselves.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres { get; } = Environment.GetEnvironmentVariable("QALAM_TEST_DATABASE") is "postgres";
}
