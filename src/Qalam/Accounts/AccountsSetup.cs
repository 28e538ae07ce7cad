using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Qalam.Content;

namespace Qalam.Accounts;

public static class AccountsSetup
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string TwoFactorScheme = "Qalam.TwoFactor";

    public static WebApplicationBuilder AddQalamAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IPasswordHasher<Person>, PasswordHasher<Person>>();
        builder.Services.AddScoped<PeopleService>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddSingleton<AuditChainInterceptor>();
        builder.Services.AddScoped<SignInService>();
        builder.Services.AddScoped<SignInLockout>();
        builder.Services.AddScoped<AdminSessions>();
        builder.Services.AddScoped<PasswordReset>();
        builder.Services.AddScoped<TwoFactor>();
        builder.Services.AddScoped<TwoFactorSignIn>();
        builder.Services.AddSingleton<Mailer>();
        builder.Services.AddSingleton<MailQueue>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MailQueue>());
        builder.Services.AddOptions<SmtpOptions>().Bind(builder.Configuration.GetSection(SmtpOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var permits = builder.Configuration.GetValue(SignInRateLimit.Setting, SignInRateLimit.PermitsPerWindow);
        if (permits < 1) throw new InvalidOperationException($"{SignInRateLimit.Setting} must be at least 1.");
        builder.Services.AddRateLimiter(o => SignInRateLimit.Configure(o, permits));

        builder.Services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "qalam.auth";
            o.CookieManager = new HostPrefixCookieManager();
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/admin/sign-in";
            o.LogoutPath = "/admin/sign-out";
            o.AccessDeniedPath = "/admin/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            // Every request checks the person still exists, is active, and has the same security stamp and role:
            // a password change, a role change or "sign out everywhere" ends other sessions at once.
            o.Events.OnValidatePrincipal = SignInService.ValidateAsync;
        }).AddCookie(TwoFactorScheme, o =>
        {
            // Between the password and the code: says who passed the first step, for five minutes, and nothing else.
            o.Cookie.Name = "qalam.2fa";
            o.CookieManager = new HostPrefixCookieManager();
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            o.SlidingExpiration = false;
            o.LoginPath = "/admin/sign-in";
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Publish, p => p.RequireAssertion(c => Policies.Can(c.User, Role.Author)))
            .AddPolicy(Policies.EditOthers, p => p.RequireAssertion(c => Policies.Can(c.User, Role.Editor)))
            .AddPolicy(Policies.Administer, p => p.RequireAssertion(c => Policies.Can(c.User, Role.Administrator)));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = Hosting.AntiforgeryCookie.Name;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });
        return builder;
    }

    public static WebApplication UseQalamAccounts(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TwoFactorRequirement>();
        app.UseAuthorization();
        return app;
    }
}
