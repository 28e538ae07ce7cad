using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Cli;

internal static class DemoCommand
{
    public static Command Create(Func<string[], WebApplication> buildSite)
    {
        var reset = new Option<bool>("--reset") { Description = "Delete the data directory's database first, then load the demo organisation." };
        var command = new Command("demo", "Load the demo organisation into an empty data directory.");
        command.Options.Add(reset);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(reset))
            {
                var data = QalamCli.DataDirectory(parse);
                foreach (var f in new[] { "qalam.db", "qalam.db-wal", "qalam.db-shm" }) File.Delete(Path.Combine(data, f));
                Console.WriteLine($"Removed the database in {data}.");
            }
            await using var host = await VerbHost.StartAsync(buildSite, parse, ct, "--Qalam:SeedDemo=false");
            var db = host.Services.GetRequiredService<QalamDb>();
            if (await db.Posts.AnyAsync(ct))
            {
                Console.Error.WriteLine("This data directory already has content; use `demo --reset` to replace it.");
                return 1;
            }
            if (!await db.People.AnyAsync(p => p.Role == Role.Administrator, ct))
            {
                if (await DatabaseInitializer.TryCreateFirstAdministratorAsync(host.Services, ct) is { } first)
                {
                    FirstAdministrator.Print(first.Email, first.Password, first.File);
                }
            }
            await host.Services.GetRequiredService<DemoContent>().LoadAsync(ct);
            Console.WriteLine($"Loaded the demo organisation: {await db.Posts.CountAsync(ct)} posts, {await db.People.CountAsync(ct)} people.");
            return 0;
        });
        return command;
    }
}
