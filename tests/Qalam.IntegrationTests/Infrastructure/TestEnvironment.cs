using System.Runtime.CompilerServices;

namespace Qalam.IntegrationTests.Infrastructure;

internal static class TestEnvironment
{
    /// <summary>
    /// Many test hosts run at once: don't give each one inotify watchers for its settings files (the per-user limit
    /// is small, and hosts that hit it fail with IOException). Settings never change during a test run.
    /// </summary>
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
