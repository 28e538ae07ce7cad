namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>A read-only app with the demo organisation, shared by the tests of one class that only read.</summary>
public sealed class DemoSite : IDisposable
{
    public QalamFactory Factory { get; } = new(demo: true);

    public void Dispose() => Factory.Dispose();
}
