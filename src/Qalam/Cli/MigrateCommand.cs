using Qalam.Data;

namespace Qalam.Cli;

/// <summary>
/// `qalam migrate`: applies the database's pending migrations and exits, so a rollout can migrate once before new
/// instances start (they would also migrate at start, taking turns).
/// </summary>
internal static class MigrateCommand
{
    public static System.CommandLine.Command Create(Func<string[], WebApplication> buildSite)
    {
        var command = new System.CommandLine.Command("migrate", "Apply the database's pending migrations, then exit.");
        command.SetAction(async (parse, ct) =>
        {
            await using var app = buildSite(QalamCli.HostArgs(parse, ["--Logging:LogLevel:Default=Warning", "--Qalam:Logging:Console=false"]));
            await using var scope = app.Services.CreateAsyncScope();
            var applied = await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<QalamDb>(), ct);
            Console.WriteLine(CliStrings.Get("Migrated", applied));
            return ExitCodes.Done;
        });
        return command;
    }
}
