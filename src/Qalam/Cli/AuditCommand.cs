using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Cli;

/// <summary>`qalam audit verify`: walks the audit log's hash chain and names the first entry that does not match.</summary>
internal static class AuditCommand
{
    public static Command Create(Func<string[], WebApplication> buildSite)
    {
        var audit = new Command("audit", "Check the audit log.");
        var verify = new Command("verify", "Check the audit log's hash chain: prints \"ok, N entries\" or the first broken entry (and exits 1).");
        verify.SetAction(async (parse, ct) =>
        {
            await using var host = await VerbHost.StartAsync(buildSite, parse, ct);
            var t = host.Services.GetRequiredService<IStringLocalizer<AccountStrings>>();
            var (count, broken) = await AuditChain.VerifyAsync(host.Services.GetRequiredService<QalamDb>(), ct);
            if (broken is null)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, t["AuditChainOk"], count));
                return 0;
            }
            Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, t["AuditChainBroken"], AuditChain.Describe(broken)));
            return 1;
        });
        audit.Subcommands.Add(verify);
        return audit;
    }
}
