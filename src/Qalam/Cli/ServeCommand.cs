using System.CommandLine;

namespace Qalam.Cli;

internal static class ServeCommand
{
    public static Command Create(Func<string[], WebApplication> buildSite)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (also ASPNETCORE_URLS).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? "http://127.0.0.1:5000",
        };
        var noDemo = new Option<bool>("--no-demo") { Description = "Do not fill a new, empty database with the demo organisation." };
        var command = new Command("serve", "Run the site (creates, migrates and, on first start, fills the database).");
        command.Options.Add(urls);
        command.Options.Add(noDemo);
        command.SetAction(async (parse, ct) =>
        {
            var extra = new List<string> { $"--urls={parse.GetValue(urls)}" };
            if (parse.GetValue(noDemo)) extra.Add("--Qalam:SeedDemo=false");
            var app = buildSite(QalamCli.HostArgs(parse, [.. extra]));
            await app.StartAsync(ct);
            foreach (var url in app.Urls) Console.WriteLine(CliStrings.Get("Running", url));
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
