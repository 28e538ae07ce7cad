using Microsoft.AspNetCore.Identity;
using Qalam.Content;

namespace Qalam.Accounts;

public static class AccountsSetup
{
    public static WebApplicationBuilder AddQalamAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IPasswordHasher<Person>, PasswordHasher<Person>>();
        builder.Services.AddScoped<PeopleService>();
        builder.Services.AddScoped<AuditLog>();
        return builder;
    }
}
