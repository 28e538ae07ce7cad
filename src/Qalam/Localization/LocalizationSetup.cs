using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Qalam.Localization;

public static class LocalizationSetup
{
    public static readonly CultureInfo[] Cultures = [new("ar"), new("en")];

    /// <summary>The interface culture for a content language: English for "en", Arabic otherwise.</summary>
    public static CultureInfo Culture(string language) => language == "en" ? Cultures[1] : Cultures[0];

    public static WebApplicationBuilder AddQalamLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("ar");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // The public site is Arabic unless a page says otherwise; the admin adds the signed-in person's choice (a cookie).
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return builder;
    }

    public static WebApplication UseQalamLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
