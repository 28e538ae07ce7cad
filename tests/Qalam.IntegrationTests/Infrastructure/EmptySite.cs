namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>A read-only app without demo content, shared by the tests of one class that only read.</summary>
public sealed class EmptySite : IDisposable
{
    public QalamFactory Factory { get; } = new(demo: false);

    public void Dispose() => Factory.Dispose();
}
