using System.CommandLine;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Cli;

internal static class UsersCommand
{
    public static Command Create(Func<string[], WebApplication> buildSite)
    {
        var users = new Command("users", "Manage the people who sign in.");
        var email = new Option<string>("--email") { Description = "Email address used to sign in.", Required = true };
        var name = new Option<string>("--name") { Description = "Display name, e.g. \"سلمى الورفلي\" or \"Alaa Elsagier\".", Required = true };
        // The names are accepted in any case; the help shows each once, as people type them.
        var role = new Option<Role>("--role")
        {
            Description = "administrator, editor, author or contributor.", DefaultValueFactory = _ => Role.Author,
            HelpName = "administrator|editor|author|contributor",
        };
        role.Validators.Add(result =>
        {
            // The enum parser would also take numbers ("--role 3"); only the names are meant.
            if (result.Tokens.Count > 0 && !Enum.GetNames<Role>().Contains(result.Tokens[^1].Value, StringComparer.OrdinalIgnoreCase))
                result.AddError($"Unknown role '{result.Tokens[^1].Value}': use administrator, editor, author or contributor.");
        });
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of generating one." };

        var add = new Command("add", "Add a person who can sign in (prints a generated password unless --password-stdin).");
        add.Options.Add(email);
        add.Options.Add(name);
        add.Options.Add(role);
        add.Options.Add(passwordStdin);
        add.SetAction(async (parse, ct) =>
        {
            var password = parse.GetValue(passwordStdin) ? (Console.In.ReadLine() ?? "").TrimEnd('\r', '\n') : PeopleService.GeneratePassword();
            await using var host = await VerbHost.StartAsync(buildSite, parse, ct);
            var people = host.Services.GetRequiredService<PeopleService>();
            try
            {
                var person = await people.AddAsync(parse.GetValue(email)!, parse.GetValue(name)!, parse.GetValue(role), password, ct);
                Console.WriteLine($"Added {person.DisplayName} <{person.Email}> as {person.Role}.");
                if (!parse.GetValue(passwordStdin)) Console.WriteLine($"Password (shown once): {password}");
                return 0;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        users.Subcommands.Add(add);

        var list = new Command("list", "List the people who can sign in.");
        list.SetAction(async (parse, ct) =>
        {
            await using var host = await VerbHost.StartAsync(buildSite, parse, ct);
            var db = host.Services.GetRequiredService<QalamDb>();
            foreach (var p in db.People.OrderBy(p => p.Id))
            {
                Console.WriteLine($"{p.Id,4}  {p.Role,-13} {p.Email,-32} {p.DisplayName}{(p.PasswordHash is null ? "  (no sign-in)" : "")}");
            }
            return 0;
        });
        users.Subcommands.Add(list);
        users.Subcommands.Add(ResetLinkCommand.Create(buildSite));
        return users;
    }
}
