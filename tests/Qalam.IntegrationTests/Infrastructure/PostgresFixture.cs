namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>The run's PostgreSQL cluster for the tests that are about PostgreSQL itself, whatever QALAM_TEST_DATABASE says.</summary>
public sealed class PostgresFixture
{
    public PostgresCluster Cluster { get; } = PostgresCluster.Shared;
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
