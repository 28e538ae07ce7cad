using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Cli;

/// <summary>`users reset-link`: prints a one-time, expiring set-password link, for when no mail server is configured.</summary>
internal static class ResetLinkCommand
{
    public static Command Create(Func<string[], WebApplication> buildSite)
    {
        var email = new Option<string>("--email") { Description = "Email address of the person.", Required = true };
        var baseUrl = new Option<string?>("--base-url") { Description = "The site's address for the link, e.g. https://example.org (default: Qalam:PublicUrl, else http://127.0.0.1:5000)." };
        var command = new Command("reset-link", $"Print a link to set a new password; it works once, within {PasswordReset.ResetLifetime.TotalHours:0} hours.");
        command.Options.Add(email);
        command.Options.Add(baseUrl);
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await VerbHost.StartAsync(buildSite, parse, ct);
            var db = host.Services.GetRequiredService<QalamDb>();
            var normalized = PeopleService.NormalizeEmail(parse.GetValue(email)!);
            var person = await db.People.FirstOrDefaultAsync(p => p.NormalizedEmail == normalized, ct);
            if (person is null || !person.IsActive)
            {
                Console.Error.WriteLine($"No active person with the email {parse.GetValue(email)}.");
                return 1;
            }
            var reset = host.Services.GetRequiredService<PasswordReset>();
            var link = reset.CreateLink(person, PasswordReset.ResetLifetime, parse.GetValue(baseUrl) ?? reset.SiteRoot(null));
            host.Services.GetRequiredService<AuditLog>().Record("password-reset-link-created", $"person:{person.Id}", "users reset-link", actorName: "cli");
            await db.SaveChangesAsync(ct);
            Console.WriteLine(link);
            return 0;
        });
        return command;
    }
}
